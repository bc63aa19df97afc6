/** 报修工单: server-side filters, keyset paging, overdue rows in red, details in a drawer. */
import { useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { RepairStatus } from '@wy/shared';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import type { RequestSummary } from '../../services/models';
import { requestColumns } from './columns';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow } from '../../components/table/openRow';

export default function RequestsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const byProject = { params: { query: { projectId: pid } } };
  const cats = $api.useQuery('get', '/api/v1/repair-categories', byProject).data ?? [];
  const techs = $api.useQuery('get', '/api/v1/staff/technicians', byProject).data ?? [];
  const columns = requestColumns({ cats, techs, search, onOpen: setOpenId });

  return (
    <PageContainer title="报修工单" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<RequestSummary>
        path="/api/v1/service-requests"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="工单列表"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/service-requests', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as RepairStatus) || undefined,
                  categoryId: f.categoryId ? Number(f.categoryId) : undefined,
                  assigneeId: f.assigneeId ? Number(f.assigneeId) : undefined,
                  overdue: f.overdue === true || f.overdue === 'true' ? true : undefined,
                  stage: f.stage === 'in_progress' || f.stage === 'open' ? f.stage : undefined,
                  inPool: f.stage === 'pool' ? true : undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
        onRow={openableRow('request-row', 'data-request-id', setOpenId)}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/intake')}>
            报事录单
          </Button>,
        ]}
        scroll={{ x: 1420 }}
        emptyText="没有符合条件的工单"
      />
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => actionRef.current?.reload()} />
    </PageContainer>
  );
}
