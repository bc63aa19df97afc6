/**
 * 投诉统计 (R-RPT-01, R-CMP-22): a month of the project's complaints — timely-handling, correct-handling,
 * callback, satisfaction, valid and tracking rates and complaints per 100 households — per category, with
 * a bar chart of the timely-handling rate and the Excel sheet for the monthly report.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { COMPLAINT_RATE_LABELS, type ComplaintMonthRates } from '@wy/shared';
import type { components } from '@wy/shared/api';
import LoadFailed from '../../components/LoadFailed';
import RateBars from '../../components/RateBars';
import PageContainer from '../../components/PageContainer';
import { useProject } from '../../project';
import { $api, client } from '../../services/api';
import { useDownload } from '../../utils/download';
import { projectToday } from '../../utils/time';

type Row = components['schemas']['ComplaintStatsCategoryDto'];
const RATES = Object.keys(COMPLAINT_RATE_LABELS) as (keyof ComplaintMonthRates)[];
const rate = (v: number | null | undefined, unit = '%') => (v === null || v === undefined ? '—' : `${v}${unit}`);

export default function ComplaintStatsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [month, setMonth] = useState(() => projectToday(pid).slice(0, 7));
  const q = $api.useQuery('get', '/api/v1/complaints/stats', { params: { query: { projectId: pid, month } } });
  const { busy, download } = useDownload();
  const s = q.data;
  const columns = [
    { title: '类别', dataIndex: 'label', fixed: 'left' as const, width: 80 },
    { title: '受理', dataIndex: 'received', width: 70 },
    { title: '有效', dataIndex: 'valid', width: 70 },
    { title: '处理完成', dataIndex: 'handled', width: 90 },
    { title: '结案', dataIndex: 'closed', width: 70 },
    ...RATES.map((k) => ({
      title: COMPLAINT_RATE_LABELS[k],
      dataIndex: k,
      width: 120,
      render: (v: number | null) => rate(v, k === 'complaintRate' ? '' : '%'),
    })),
  ];
  return (
    <PageContainer title="投诉统计" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Space style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d: Dayjs | null) => d && setMonth(d.format('YYYY-MM'))}
          data-testid="stats-month"
        />
        <Button
          icon={<DownloadOutlined />}
          loading={busy}
          onClick={() =>
            void download(
              () =>
                client.GET('/api/v1/complaints/stats/export', { params: { query: { projectId: pid, month } }, parseAs: 'blob' }),
              `投诉统计-${project?.code ?? ''}-${month}.xlsx`,
            )
          }
          data-testid="stats-export"
        >
          导出 Excel
        </Button>
      </Space>
      {q.isError ? (
        <LoadFailed error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Card size="small" title="各类别及时处理率" loading={q.isLoading} style={{ marginBottom: 12 }}>
            {s && (
              <RateBars
                testId="stats-chart"
                title="各类别及时处理率"
                empty="本月没有处理完成的投诉"
                rows={s.byCategory.map((r) => ({ key: r.category, label: r.label, value: r.timelyRate ?? null }))}
              />
            )}
          </Card>
          <Card size="small" title={`${month} 投诉统计`}>
            <Table<Row>
              size="small"
              rowKey="category"
              loading={q.isLoading}
              pagination={false}
              scroll={{ x: 1200 }}
              dataSource={s?.byCategory ?? []}
              columns={columns}
              summary={() =>
                s ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <b>合计</b>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={1}>{s.total.received}</Table.Summary.Cell>
                    <Table.Summary.Cell index={2}>{s.total.valid}</Table.Summary.Cell>
                    <Table.Summary.Cell index={3}>{s.total.handled}</Table.Summary.Cell>
                    <Table.Summary.Cell index={4}>{s.total.closed}</Table.Summary.Cell>
                    {RATES.map((k, i) => (
                      <Table.Summary.Cell key={k} index={5 + i}>
                        {rate(s.total[k], k === 'complaintRate' ? '' : '%')}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                ) : null
              }
            />
            {s && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                户数 {s.households}；投诉率为每百户有效投诉数；“—”表示本月没有可计算的件数。
              </Typography.Paragraph>
            )}
          </Card>
        </>
      )}
    </PageContainer>
  );
}
