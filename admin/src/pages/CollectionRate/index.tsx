/**
 * 收缴率 (R-FEE-04): a project's billed months against what was collected (refunds taken off), per building
 * (server pages) or fee item, the project's total, a bar chart of the rate per row, and the Excel sheet made by
 * the server (every row, yuan with two decimals from fen).
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Radio, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { COLLECTION_LEVEL_LABELS, formatYuan } from '@wy/shared';
import type { components } from '@wy/shared/api';
import LoadFailed from '../../components/LoadFailed';
import PageContainer from '../../components/PageContainer';
import RateBars from '../../components/RateBars';
import { useProject } from '../../project';
import { $api, client } from '../../services/api';
import { useDownload } from '../../utils/download';
import { projectToday } from '../../utils/time';

type Row = components['schemas']['CollectionRowDto'];
type By = 'building' | 'fee_item';
const BYS: By[] = ['building', 'fee_item'];
const PAGE = 50;
const rate = (v: number | null) => (v === null ? '—' : `${v}%`);
const month = (d: Dayjs | null) => d?.format('YYYY-MM');

export default function CollectionRatePage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const thisMonth = projectToday(pid).slice(0, 7);
  const [from, setFrom] = useState(thisMonth);
  const [to, setTo] = useState(thisMonth);
  const [by, setBy] = useState<By>('building');
  /** cursors of the pages before this one (buildings are paged by the server) */
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = { projectId: pid, from, to, by };
  const q = $api.useQuery('get', '/api/v1/reports/collection', { params: { query: { ...query, cursor, limit: PAGE } } });
  const r = q.data;
  const restart = () => setCursors([undefined]);
  const { busy, download } = useDownload();
  const exportSheet = () =>
    download(
      () => client.GET('/api/v1/reports/collection/export', { params: { query }, parseAs: 'blob' }),
      `收缴率-${project?.code ?? ''}-${from}${from === to ? '' : `至${to}`}-${COLLECTION_LEVEL_LABELS[by]}.xlsx`,
    );

  const level = COLLECTION_LEVEL_LABELS[by];
  const columns = [
    { title: level, dataIndex: 'name', width: 200 },
    { title: '账单数', dataIndex: 'bills', width: 90, align: 'right' as const },
    { title: '应收', dataIndex: 'billedFen', width: 140, align: 'right' as const, render: (v: number) => formatYuan(v) },
    { title: '实收', dataIndex: 'collectedFen', width: 140, align: 'right' as const, render: (v: number) => formatYuan(v) },
    { title: '未收', dataIndex: 'owedFen', width: 140, align: 'right' as const, render: (v: number) => formatYuan(v) },
    { title: '收缴率', dataIndex: 'ratePct', width: 100, align: 'right' as const, render: (v: number | null) => rate(v) },
  ];
  const period = from === to ? from : `${from} 至 ${to}`;
  return (
    <PageContainer
      title="收缴率"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportSheet()} data-testid="collection-export">
          导出 Excel
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>账期</span>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label="开始账期"
          value={dayjs(`${from}-01`)}
          format="YYYY年M月"
          onChange={(d) => {
            const m = month(d);
            if (!m) return;
            setFrom(m);
            if (m > to) setTo(m);
            restart();
          }}
          data-testid="collection-from"
        />
        <span>至</span>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label="结束账期"
          value={dayjs(`${to}-01`)}
          format="YYYY年M月"
          disabledDate={(d) => d.format('YYYY-MM') < from}
          onChange={(d) => {
            const m = month(d);
            if (!m) return;
            setTo(m);
            restart();
          }}
          data-testid="collection-to"
        />
        <span>统计维度</span>
        <div role="radiogroup" aria-label="统计维度">
          <Radio.Group
            optionType="button"
            value={by}
            onChange={(e) => {
              setBy(e.target.value as By);
              restart();
            }}
            options={BYS.map((b) => ({ value: b, label: COLLECTION_LEVEL_LABELS[b] }))}
            data-testid="collection-by"
          />
        </div>
      </Space>
      {q.isError ? (
        <LoadFailed error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Card size="small" title={`${period} 各${level}收缴率`} style={{ marginBottom: 12 }}>
            <div style={{ minHeight: 60 }}>
              {r && (
                <RateBars
                  testId="collection-chart"
                  title={`各${level}收缴率`}
                  empty="所选账期没有账单"
                  labelWidth={120}
                  rows={r.items.map((x) => ({ key: x.id ?? 'none', label: x.name, value: x.ratePct }))}
                />
              )}
            </div>
          </Card>
          <Card size="small" title={`${period} 应收与实收`}>
            <Table<Row>
              size="small"
              rowKey={(x) => String(x.id ?? 'none')}
              loading={q.isLoading}
              pagination={false}
              scroll={{ x: 810 }}
              dataSource={r?.items ?? []}
              columns={columns}
              data-testid="collection-table"
              summary={() =>
                r ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <b>合计</b>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {r.total.bills}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {formatYuan(r.total.billedFen)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      {formatYuan(r.total.collectedFen)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {formatYuan(r.total.owedFen)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      <b data-testid="collection-total-rate">{rate(r.total.ratePct)}</b>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
            <Space style={{ marginTop: 8, width: '100%', justifyContent: 'space-between' }} wrap>
              <Typography.Text type="secondary">
                实收已扣除退款；收缴率 = 实收 ÷ 应收，“—”表示没有应收。合计为整个项目。
              </Typography.Text>
              {by === 'building' && (cursors.length > 1 || r?.nextCursor) && (
                <Space>
                  <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                    上一页
                  </Button>
                  <Button
                    size="small"
                    disabled={!r?.nextCursor}
                    onClick={() => r?.nextCursor && setCursors((c) => [...c, r.nextCursor!])}
                  >
                    下一页
                  </Button>
                </Space>
              )}
            </Space>
          </Card>
        </>
      )}
    </PageContainer>
  );
}
