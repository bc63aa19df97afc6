/**
 * 账单调整 (R-PAY-04): the project's proposed adjustments of unpaid bills — 减免 of the principal or the late fee,
 * 调增 of the principal — newest first, filtered and paged on the server by status, room and bill (收银台's
 * 调整中 links here with ?billId=). A manager (billing.adjust_approve) other than the proposer approves — the
 * bill then owes the new amount — or rejects with a reason. The bill's own amount is never edited.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Segmented, Space, Tag, Typography } from 'antd';
import {
  BILL_ADJUSTMENT_STATUS_LABELS,
  BILL_ADJUSTMENT_STATUSES,
  BILL_STATUS_LABELS,
  formatYuan,
  type BillAdjustmentStatus,
  type BillStatus,
} from '@wy/shared';
import { useAccess, useAuth } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import type { Adjustment } from '../../services/models';
import { formatTime } from '../../utils/time';
import DecideModal, { DecideActions } from '../../components/DecideModal';
import PageContainer from '../../components/PageContainer';
import RoomFilter from '../../components/RoomFilter';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

type Filter = BillAdjustmentStatus | 'all';
const COLOR: Record<BillAdjustmentStatus, string> = { pending: 'orange', approved: 'green', rejected: 'default' };
const isFilter = (v: string | null): v is Filter => v === 'all' || BILL_ADJUSTMENT_STATUSES.includes(v as BillAdjustmentStatus);

function DecideAdjustment({
  target,
  projectId,
  onClose,
  onDone,
}: {
  target: { x: Adjustment; approve: boolean } | null;
  projectId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const approveIt = $api.useMutation('post', '/api/v1/bill-adjustments/{id}/approve');
  const rejectIt = $api.useMutation('post', '/api/v1/bill-adjustments/{id}/reject');
  const approve = target?.approve ?? true;
  const x = target?.x;
  const submit = (note: string | undefined) => {
    if (!x) return;
    const path = { params: { path: { id: x.id } } };
    const done = {
      onSuccess: (r: Adjustment) => {
        showSuccess(
          approve ? `已通过：${r.roomLabel} ${r.line}，现应缴 ${formatYuan(r.billTotalFen)}` : `已驳回：${r.roomLabel} ${r.line}`,
        );
        onDone();
      },
    };
    if (approve) approveIt.mutate({ ...path, body: note ? { note } : {} }, done);
    else rejectIt.mutate({ ...path, body: { note: note ?? '' } }, done);
  };
  return (
    <DecideModal
      approve={target ? target.approve : null}
      title={x ? `${approve ? '通过' : '驳回'}账单调整 · ${x.roomLabel}` : ''}
      summary={x ? `${x.roomLabel} · ${x.title}${x.period ? `（${x.period}）` : ''} · ${x.line}` : null}
      consequence={
        approve
          ? `通过后账单按调整后的金额收取（现应缴 ${formatYuan(x?.billTotalFen ?? 0)}，通过后重新计算），业主的账单上会显示这条调整和原因，不能撤回。`
          : '驳回后账单金额不变，提出人可改正后重新提出。'
      }
      asked={{
        label: '调整原因',
        reason: x?.reason ?? '',
        by: x?.proposedByName ?? '',
        at: x ? formatTime(x.proposedAt, projectId) : '',
      }}
      okText={approve ? '确认通过' : '确认驳回'}
      rejectPlaceholder="如：原因不充分，请补充业主的书面申请"
      testId="adjustment-decide"
      pending={approveIt.isPending || rejectIt.isPending}
      onClose={onClose}
      onSubmit={submit}
    />
  );
}

export default function AdjustmentsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const { me } = useAuth();
  const access = useAccess();
  const [search, setSearch] = useSearchParams();
  const status: Filter = isFilter(search.get('status')) ? (search.get('status') as Filter) : 'pending';
  const roomId = Number(search.get('roomId')) || undefined;
  const billId = Number(search.get('billId')) || undefined;
  const setParam = (key: string, v: string | number | undefined) =>
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        if (v === undefined || v === '') next.delete(key);
        else next.set(key, String(v));
        return next;
      },
      { replace: true },
    );
  const [deciding, setDeciding] = useState<{ x: Adjustment; approve: boolean } | null>(null);
  const table = useRef<TableAction>(undefined);
  const params = useMemo(() => ({ projectId: pid, status, roomId, billId }), [pid, status, roomId, billId]);

  const columns: ListColumn<Adjustment>[] = [
    { title: '提出时间', dataIndex: 'proposedAt', width: 140, render: (_, x) => formatTime(x.proposedAt, pid) },
    { title: '房屋', dataIndex: 'roomLabel', width: 120 },
    {
      title: '账单',
      dataIndex: 'title',
      width: 200,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span>{x.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {x.period ? `账期 ${x.period} · ` : ''}
            {BILL_STATUS_LABELS[x.billStatus as BillStatus] ?? x.billStatus}
            {x.billStatus === 'unpaid' ? ` · 现应缴 ${formatYuan(x.billTotalFen)}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '调整',
      dataIndex: 'line',
      width: 150,
      render: (_, x) => (
        <Typography.Text strong data-testid="adjustment-line">
          {x.line}
        </Typography.Text>
      ),
    },
    {
      title: '原因',
      dataIndex: 'reason',
      width: 200,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            提出人 {x.proposedByName}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 180,
      render: (_, x) => (
        <Space direction="vertical" size={0}>
          <Tag color={COLOR[x.status as BillAdjustmentStatus]} data-testid="adjustment-status">
            {BILL_ADJUSTMENT_STATUS_LABELS[x.status as BillAdjustmentStatus] ?? x.status}
          </Tag>
          {x.decidedByName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="adjustment-decision">
              {x.decidedByName}
              {x.decidedAt ? ` ${formatTime(x.decidedAt, pid)}` : ''}
              {x.decisionNote ? `：${x.decisionNote}` : ''}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 110,
      valueType: 'option',
      render: (_, x) => {
        if (x.status !== 'pending') return null;
        if (!access.billingAdjustApprove && x.proposedById !== me?.id)
          return <Typography.Text type="secondary">待经理审批</Typography.Text>;
        return (
          <DecideActions
            own={x.proposedById === me?.id}
            ownHint="调整须由提出人以外的人审批"
            approveText="通过"
            testId="adjustment"
            onDecide={(approve) => setDeciding({ x, approve })}
          />
        );
      },
    },
  ];

  return (
    <PageContainer title="账单调整" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Adjustment>
        path="/api/v1/bill-adjustments"
        rowKey="id"
        headerTitle={
          <Space size={16} wrap>
            <Segmented<Filter>
              value={status}
              onChange={(v) => setParam('status', v === 'pending' ? undefined : v)}
              data-testid="adjustments-filter"
              options={[
                ...BILL_ADJUSTMENT_STATUSES.map((s) => ({ value: s as Filter, label: BILL_ADJUSTMENT_STATUS_LABELS[s] })),
                { value: 'all', label: '全部' },
              ]}
            />
            <RoomFilter projectId={pid} value={roomId} onChange={(v) => setParam('roomId', v)} testId="adjustments-room" />
            {billId ? (
              <Tag closable onClose={() => setParam('billId', undefined)} data-testid="adjustments-bill">
                仅看此账单
              </Tag>
            ) : null}
          </Space>
        }
        columns={columns}
        actionRef={table}
        params={params}
        search={false}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/bill-adjustments', {
              params: {
                query: {
                  projectId: pid,
                  status: f.status === 'all' ? undefined : (f.status as BillAdjustmentStatus),
                  roomId: f.roomId as number | undefined,
                  billId: f.billId as number | undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={(x) => ({ 'data-testid': 'adjustment-row', 'data-adjustment-id': x.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1100 }}
        emptyText={status === 'pending' ? '没有待审批的账单调整' : '暂无账单调整'}
      />
      <DecideAdjustment
        target={deciding}
        projectId={pid}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
