/**
 * 门岗放行 (R-PAS-03): the guard types (or scans) the pass's code, sees the pass — room, items, vehicle, the
 * day it is valid on — and why it may not go out (not issued, declined, not yet valid, expired, already
 * used); ticks each item against what goes out and records the release once. Below, the release log of a
 * day (every release recorded), server-paged.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import PageContainer from '../../components/PageContainer';
import KeysetTable from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { useProject } from '../../project';
import { $api, client, got, showSuccess, useRefresh } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatTime, projectToday } from '../../utils/time';
import { PassStatusTag, timeWindow } from '../Passes/display';
import type { GatePass, PassSummary } from '../Passes/types';

export default function PassGatePage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [code, setCode] = useState('');
  const [found, setFound] = useState<GatePass | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [checked, setChecked] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [day, setDay] = useState<Dayjs>(() => dayjs(projectToday(pid)));
  const [looking, setLooking] = useState(false);
  const release = $api.useMutation('post', '/api/v1/pass-gate/{code}/release');
  const refresh = useRefresh();
  const params = useMemo(() => ({ projectId: pid, date: day.format('YYYY-MM-DD') }), [pid, day]);

  const look = async () => {
    const c = code.trim().toUpperCase();
    if (!c) return;
    setLooking(true);
    setFound(null);
    setMissing(null);
    setChecked([]);
    setNote('');
    try {
      const r = await client.GET('/api/v1/pass-gate/{code}', { params: { path: { code: c } } });
      if (r.data) setFound(r.data);
      else setMissing((r.error as { message?: string } | undefined)?.message ?? '没有找到该放行条');
    } catch (e) {
      setMissing((e as Error).message || '没有找到该放行条');
    } finally {
      setLooking(false);
    }
  };
  const submit = () =>
    confirmThen('确认放行', `核对无误，登记放行 ${found!.code}？每张放行条只能放行一次。`, async () => {
      const done = await release.mutateAsync({
        params: { path: { code: found!.code! } },
        body: { checkedItems: checked, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      setFound(done);
      showSuccess('已登记放行');
      await refresh('/api/v1/pass-gate/releases');
    });

  const columns: ListColumn<PassSummary>[] = [
    {
      title: '放行时间',
      dataIndex: 'releasedAt',
      width: 150,
      render: (_, r) => (r.releasedAt ? formatTime(r.releasedAt, pid) : '—'),
    },
    { title: '放行条编号', dataIndex: 'code', width: 160, render: (_, r) => <span data-latin-ok>{r.code}</span> },
    { title: '房屋', dataIndex: 'roomLabel', width: 150 },
    { title: '申请人', dataIndex: 'applicantName', width: 90 },
    { title: '物品', dataIndex: 'itemsText', ellipsis: true },
    { title: '车牌', dataIndex: 'plate', width: 100, render: (_, r) => <span data-latin-ok>{r.plate ?? '—'}</span> },
    { title: '门岗', dataIndex: 'releasedByName', width: 90 },
  ];
  const allTicked = !!found && checked.length === found.items.length;

  return (
    <PageContainer title="门岗放行" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Card size="small" title="核对放行条">
        <Space.Compact style={{ width: 420 }}>
          <Input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => void look()}
            placeholder="输入或扫描放行条编号"
            aria-label="放行条编号"
            data-testid="gate-code"
          />
          <Button type="primary" loading={looking} onClick={() => void look()} data-testid="gate-look">
            查询
          </Button>
        </Space.Compact>
        <div style={{ marginTop: 16 }} data-testid="gate-result">
          {missing && <Alert type="error" showIcon message={missing} data-testid="gate-missing" />}
          {found && (
            <Space direction="vertical" style={{ width: '100%' }}>
              {found.refusal ? (
                <Alert type="error" showIcon message={`不能放行：${found.refusal}`} data-testid="gate-refusal" />
              ) : found.status === 'released' ? (
                <Alert
                  type="success"
                  showIcon
                  message={`已放行（${found.releasedByName}，${formatTime(found.releasedAt!, pid)}）`}
                  data-testid="gate-released"
                />
              ) : (
                <Alert type="info" showIcon message="放行条有效，请逐项核对物品后放行" data-testid="gate-valid" />
              )}
              <Descriptions size="small" column={2} bordered>
                <Descriptions.Item label="放行条编号">
                  <span data-latin-ok>{found.code}</span>
                </Descriptions.Item>
                <Descriptions.Item label="状态">
                  <PassStatusTag shown={found.shownStatus} label={found.statusLabel} />
                </Descriptions.Item>
                <Descriptions.Item label="房屋">{found.roomLabel}</Descriptions.Item>
                <Descriptions.Item label="申请人">
                  {found.applicantName}（{found.applicantRoleLabel}）
                </Descriptions.Item>
                <Descriptions.Item label="有效日期">{timeWindow(found)}</Descriptions.Item>
                <Descriptions.Item label="车牌">
                  <span data-latin-ok>{found.plate ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label="搬运人">
                  {found.carrierName ?? '—'} <span data-latin-ok>{found.carrierPhone ?? ''}</span>
                </Descriptions.Item>
                <Descriptions.Item label="签发">{found.issuedByName ?? '—'}</Descriptions.Item>
              </Descriptions>
              <Typography.Text strong>物品清单（请逐项核对）</Typography.Text>
              <Checkbox.Group
                value={checked}
                onChange={(v) => setChecked(v as number[])}
                disabled={!!found.refusal || found.status === 'released'}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={found.items.map((x, i) => ({
                  value: i,
                  label: `${x.name} × ${x.quantity}`,
                  'data-testid': `gate-item-${i}`,
                }))}
              />
              {!found.refusal && found.status !== 'released' && (
                <>
                  <Input.TextArea
                    rows={2}
                    maxLength={200}
                    showCount
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    placeholder="备注（选填）"
                    aria-label="放行备注"
                  />
                  <Button
                    type="primary"
                    disabled={!allTicked}
                    loading={release.isPending}
                    onClick={() => void submit()}
                    data-testid="gate-release"
                  >
                    登记放行
                  </Button>
                </>
              )}
            </Space>
          )}
          {!found && !missing && <Empty description="输入放行条编号查询" />}
        </div>
      </Card>
      <KeysetTable<PassSummary>
        path="/api/v1/pass-gate/releases"
        rowKey="id"
        headerTitle={
          <Space>
            放行记录
            <DatePicker
              value={day}
              allowClear={false}
              onChange={(d) => d && setDay(d)}
              aria-label="放行日期"
              data-testid="gate-log-day"
            />
          </Space>
        }
        search={false}
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/pass-gate/releases', {
              params: { query: { projectId: pid, date: f.date as string, cursor: cursor ?? undefined } },
            }),
          )
        }
        emptyText="当天没有放行记录"
      />
    </PageContainer>
  );
}
