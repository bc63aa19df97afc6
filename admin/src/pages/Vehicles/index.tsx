import { useMemo, useRef, useState, lazy } from 'react';
import { Button, Popconfirm, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got, showError, showSuccess } from '../../services/api';
import type { Vehicle } from '../../services/models';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import Deferred from '../../components/Deferred';
import LinkButton from '../../components/LinkButton';

const VehicleForm = lazy(() => import('./components/VehicleForm'));

export default function VehiclesPage() {
  const access = useAccess();
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [creating, setCreating] = useState(false);
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<Vehicle>[] = [
    { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '车牌号' } },
    {
      title: '车牌号',
      dataIndex: 'plate',
      search: false,
      width: 130,
      render: (_, r) => (
        <Tag color={r.plate.length === 8 ? 'green' : 'blue'} style={{ fontSize: 14 }}>
          {r.plate}
        </Tag>
      ),
    },
    { title: '车主', dataIndex: 'personName', search: false, width: 120 },
    { title: '房屋', dataIndex: 'roomLabel', search: false, render: (_, r) => r.roomLabel || '—' },
    { title: '品牌车型', dataIndex: 'model', search: false, render: (_, r) => r.model || '—' },
    { title: '颜色', dataIndex: 'color', search: false, width: 80, render: (_, r) => r.color || '—' },
    { title: '车位号', dataIndex: 'spaceNo', search: false, width: 100, render: (_, r) => r.spaceNo || '—' },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      hideInTable: !access.peopleWrite,
      render: (_, r) => [
        <Popconfirm
          key="remove"
          title={`移除车辆 ${r.plate}？`}
          description="车辆记录将归档，不再出现在列表中。"
          okText="移除"
          okButtonProps={{ danger: true, 'data-testid': 'vehicle-remove-confirm' }}
          cancelText="取消"
          onConfirm={async () => {
            try {
              await got(client.DELETE('/api/v1/vehicles/{id}', { params: { path: { id: r.id } } }));
              showSuccess('车辆已移除');
              actionRef.current?.reload();
            } catch (e) {
              showError(e);
            }
          }}
        >
          <LinkButton danger data-testid="vehicle-remove">
            移除
          </LinkButton>
        </Popconfirm>,
      ],
    },
  ];

  return (
    <PageContainer title="车辆管理" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Vehicle>
        path="/api/v1/vehicles"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="登记车辆"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/vehicles', {
              params: { query: { projectId: pid, keyword: f.keyword as string | undefined, cursor: cursor ?? undefined } },
            }),
          )
        }
        emptyText="暂无登记车辆"
        toolBarRender={() =>
          access.peopleWrite
            ? [
                <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  登记车辆
                </Button>,
              ]
            : []
        }
      />
      <Deferred when={creating}>
        <VehicleForm
          open={creating}
          projectId={pid}
          onClose={(saved) => {
            setCreating(false);
            if (saved) actionRef.current?.reload();
          }}
        />
      </Deferred>
    </PageContainer>
  );
}
