/**
 * 回访: callbacks due within 24 h of completion (R-REP-09) and second callbacks of important requests
 * (R-REP-10). Opens on everything waiting; each tab shows how many it holds.
 */
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Tabs } from 'antd';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { useProject } from '../../project';
import { $api } from '../../services/api';
import type { TableAction } from '../../components/table/KeysetTable';
import CallbackTable, { type Due } from './components/CallbackTable';
import PageContainer from '../../components/PageContainer';

const TABS: { key: Due; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'soon', label: '即将到期' },
  { key: 'overdue', label: '已超时' },
];

export default function CallbacksPage() {
  const { projectId, project } = useProject();
  const [search] = useSearchParams();
  const [due, setDue] = useState<Due>(() => TABS.find((t) => t.key === search.get('due'))?.key ?? 'all');
  const [openId, setOpenId] = useState<number | null>(null);
  const table = useRef<TableAction>(undefined);
  const counts = $api.useQuery('get', '/api/v1/callbacks/counts', { params: { query: { projectId: projectId! } } });
  const reload = () => {
    table.current?.reload();
    void counts.refetch();
  };

  return (
    <PageContainer title="回访" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <CallbackTable
        projectId={projectId!}
        due={due}
        actionRef={table}
        onOpen={setOpenId}
        onDone={reload}
        onReload={() => void counts.refetch()}
        title={
          <Tabs
            className="wy-list__tabs"
            activeKey={due}
            onChange={(k) => setDue(k as Due)}
            items={TABS.map((t) => ({
              key: t.key,
              label: <span data-testid={`callback-tab-${t.key}`}>{`${t.label}（${counts.data?.[t.key] ?? '…'}）`}</span>,
            }))}
          />
        }
      />
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </PageContainer>
  );
}
