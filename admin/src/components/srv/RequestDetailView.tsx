/** 工单详情: summary, photos, SLA clocks, timeline (R-SRV-07) and ONLY the actions the API allows. */
import { lazy, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Skeleton, Space } from 'antd';
import type { RepairAction } from '@wy/shared';
import Loaded from '../Loaded';
import { $api } from '../../services/api';
import type { RequestDetail } from '../../services/models';
import { useProject } from '../../project';
import { formatTime } from '../../utils/time';
import BillBlock from '../billing/BillBlock';
import { useRequestExtensions } from './ClockExtensions';
import RecordedTimes from './RecordedTimes';
import ActionBar from './detail/ActionBar';
import ClocksCard from './detail/ClocksCard';
import DetailHeader from './detail/DetailHeader';
import PrintWorkOrder from './detail/PrintWorkOrder';
import RequestFacts from './detail/RequestFacts';
import TimelineCard from './detail/TimelineCard';
import Deferred from '../Deferred';

/** an action's form loads when the clerk first picks an action (pro-form's fields stay off the page's first load) */
const ActionModal = lazy(() => import('./ActionModal'));

export default function RequestDetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const init = { params: { path: { id } } };
  // gcTime 0: a work order opened again is read afresh, never shown from an earlier visit while it reloads
  const q = $api.useQuery('get', '/api/v1/service-requests/{id}', init, { gcTime: 0 });
  return (
    <Loaded query={q} notFound="工单不存在" skeleton={<Skeleton active paragraph={{ rows: 14 }} />}>
      {(r) => <Detail r={r} reloading={q.isFetching} reload={() => void q.refetch()} onChanged={onChanged} />}
    </Loaded>
  );
}

function Detail({
  r,
  reloading,
  reload,
  onChanged,
}: {
  r: RequestDetail;
  reloading: boolean;
  reload: () => void;
  onChanged?: () => void;
}) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const ext = useRequestExtensions(r.projectId, r.id);
  const [acting, setActing] = useState<RepairAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const reloadAll = () => {
    reload();
    ext.refetch();
  };
  /** an action's answer is the new detail */
  const acted = (d: RequestDetail) => {
    setActing(null);
    queryClient.setQueryData(
      $api.queryOptions('get', '/api/v1/service-requests/{id}', { params: { path: { id: r.id } } }).queryKey,
      d,
    );
    ext.refetch();
    onChanged?.();
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="request-detail" data-request-id={r.id}>
      <DetailHeader r={r} reloading={reloading} onReload={reloadAll} onPrint={() => setPrinting(true)} />
      <ActionBar actions={r.allowedActions as RepairAction[]} onAct={setActing} />
      {r.overdue && (
        <Alert type="error" showIcon message={`工单已超时（最近期限 ${formatTime(r.dueAt)}），请尽快处理并向客户说明。`} />
      )}
      {r.times && <RecordedTimes times={r.times} inHome={r.scope === 'in_home'} />}
      <RequestFacts r={r} />
      {r.bill && <BillBlock bill={r.bill} payerName={r.requesterName} onPaid={reload} />}
      <ClocksCard r={r} extensions={ext.items} onExtended={reloadAll} />
      <TimelineCard events={r.events} />

      <Deferred when={!!acting}>
        <ActionModal target={acting ? r : null} action={acting} onClose={() => setActing(null)} onDone={acted} />
      </Deferred>
      <PrintWorkOrder r={r} projectName={project?.name} open={printing} onClose={() => setPrinting(false)} />
    </Space>
  );
}
