/**
 * 投诉统计 (R-RPT-01, R-CMP-22): a month of the project's complaints — timely-handling, correct-handling,
 * callback, satisfaction, valid and tracking rates and complaints per 100 households — per category, with
 * a bar chart of the timely-handling rate and the Excel sheet for the monthly report.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { COMPLAINT_RATE_LABELS, type ComplaintMonthRates } from '@wy/shared';
import type { components } from '@wy/shared/api';
import LoadFailed from '../../components/LoadFailed';
import PageContainer from '../../components/PageContainer';
import { useProject } from '../../project';
import { $api, client, showError } from '../../services/api';
import { projectToday } from '../../utils/time';

type Row = components['schemas']['ComplaintStatsCategoryDto'];
const RATES = Object.keys(COMPLAINT_RATE_LABELS) as (keyof ComplaintMonthRates)[];
const rate = (v: number | null | undefined, unit = '%') => (v === null || v === undefined ? '—' : `${v}${unit}`);

function Bars({ rows }: { rows: Row[] }) {
  const shown = rows.filter((r) => r.timelyRate !== null);
  if (!shown.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月没有处理完成的投诉" />;
  return (
    <div data-testid="stats-chart" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {shown.map((r) => (
        <div key={r.category} style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <span style={{ width: 48 }}>{r.label}</span>
          <div style={{ flex: 1, background: '#f0f0f0', height: 18, borderRadius: 4 }}>
            <div
              style={{
                width: `${r.timelyRate}%`,
                height: 18,
                borderRadius: 4,
                background: (r.timelyRate ?? 0) >= 100 ? '#52c41a' : '#fa8c16',
              }}
            />
          </div>
          <span style={{ width: 60, textAlign: 'right' }}>{rate(r.timelyRate)}</span>
        </div>
      ))}
    </div>
  );
}

export default function ComplaintStatsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [month, setMonth] = useState(() => projectToday(pid).slice(0, 7));
  const q = $api.useQuery('get', '/api/v1/complaints/stats', { params: { query: { projectId: pid, month } } });
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const r = await client.GET('/api/v1/complaints/stats/export', {
        params: { query: { projectId: pid, month } },
        parseAs: 'blob',
      });
      const url = URL.createObjectURL(r.data as unknown as Blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `投诉统计-${project?.code ?? ''}-${month}.xlsx`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
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
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid="stats-export">
          导出 Excel
        </Button>
      </Space>
      {q.isError ? (
        <LoadFailed error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Card size="small" title="各类别及时处理率" loading={q.isLoading} style={{ marginBottom: 12 }}>
            {s && <Bars rows={s.byCategory} />}
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
