import { useCallback, useEffect, useMemo, useRef, useState, lazy } from 'react';
import { Button, Card, Dropdown, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { formatArea, formatPropertyCode, ROOM_USE_LABELS } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got, showError } from '../../services/api';
import type { Building, Cluster, Room } from '../../services/models';
import { toValueEnum } from '../../utils/enums';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import Deferred from '../../components/Deferred';
import LinkButton from '../../components/LinkButton';

const ImportModal = lazy(() => import('./components/ImportModal'));
const RoomForm = lazy(() => import('./components/RoomForm'));
const RoomDrawer = lazy(() => import('./components/RoomDrawer'));
const ClusterForm = lazy(() => import('./components/OrgForms').then((m) => ({ default: m.ClusterForm })));
const BuildingForm = lazy(() => import('./components/OrgForms').then((m) => ({ default: m.BuildingForm })));

const ALL = 'all';

export default function OrgPage() {
  const access = useAccess();
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [buildings, setBuildings] = useState<Building[]>([]);
  const [treeLoading, setTreeLoading] = useState(true);
  const [selected, setSelected] = useState<string>(ALL);
  const [roomForm, setRoomForm] = useState<{ room: Room | null } | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [clusterOpen, setClusterOpen] = useState(false);
  const [buildingForm, setBuildingForm] = useState<{ building: Building | null; clusterId?: number } | null>(null);
  const actionRef = useRef<TableAction>(undefined);
  const closeDetail = useCallback(() => setDetailId(null), []);

  const loadTree = useCallback(async () => {
    setTreeLoading(true);
    try {
      const path = { params: { path: { projectId: pid } } };
      const [c, b] = await Promise.all([
        got(client.GET('/api/v1/projects/{projectId}/clusters', path)),
        got(client.GET('/api/v1/projects/{projectId}/buildings', path)),
      ]);
      setClusters(c);
      setBuildings(b);
    } catch (e) {
      showError(e);
    } finally {
      setTreeLoading(false);
    }
  }, [pid]);

  useEffect(() => {
    setSelected(ALL);
    void loadTree();
  }, [loadTree]);

  const buildingId = selected.startsWith('b:') ? Number(selected.slice(2)) : undefined;
  const selectedBuilding = buildings.find((b) => b.id === buildingId);
  const selectedClusterId = selected.startsWith('c:') ? Number(selected.slice(2)) : selectedBuilding?.clusterId;

  const treeData: DataNode[] = useMemo(() => {
    const roomsTotal = buildings.reduce((n, b) => n + (b.roomCount ?? 0), 0);
    return [
      {
        key: ALL,
        title: `全部楼栋（${roomsTotal} 户）`,
        children: clusters.map((c) => ({
          key: `c:${c.id}`,
          title: `${c.code} ${c.name}`,
          children: buildings
            .filter((b) => b.clusterId === c.id)
            .map((b) => ({
              key: `b:${b.id}`,
              isLeaf: true,
              title: (
                <span className="org-building-node">
                  {b.name}
                  <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                    {b.code} · {b.roomCount} 户
                  </Typography.Text>
                  {access.orgWrite && (
                    <EditOutlined
                      style={{ marginLeft: 8, color: '#595959' }}
                      title="编辑楼栋"
                      onClick={(e) => {
                        e.stopPropagation();
                        setBuildingForm({ building: b });
                      }}
                    />
                  )}
                </span>
              ),
            })),
        })),
      },
    ];
  }, [clusters, buildings, access.orgWrite]);

  const columns: ListColumn<Room>[] = [
    {
      title: '关键词',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '房号 / 物业编码 / 单元' },
    },
    {
      title: '物业编码',
      dataIndex: 'propertyCode',
      search: false,
      width: 150,
      render: (_, r) => (
        <Typography.Text style={{ fontFamily: 'monospace' }}>{formatPropertyCode(r.propertyCode)}</Typography.Text>
      ),
    },
    { title: '楼栋', dataIndex: 'buildingName', search: false, width: 110 },
    { title: '单元', dataIndex: 'unit', search: false, width: 80, render: (_, r) => r.unit || '—' },
    { title: '楼层', dataIndex: 'floor', search: false, width: 70, render: (_, r) => r.floor ?? '—' },
    { title: '房号', dataIndex: 'roomNo', search: false, width: 80 },
    {
      title: '面积(㎡)',
      dataIndex: 'area',
      search: false,
      width: 100,
      align: 'right',
      render: (_, r) => formatArea(r.area),
    },
    { title: '用途', dataIndex: 'use', search: false, width: 80, valueEnum: toValueEnum(ROOM_USE_LABELS) },
    {
      title: '住户',
      dataIndex: 'occupantNames',
      search: false,
      ellipsis: true,
      render: (_, r) =>
        r.occupantNames.length ? r.occupantNames.join('、') : <Typography.Text type="secondary">空置/未登记</Typography.Text>,
    },
    {
      title: '操作',
      valueType: 'option',
      width: 110,
      fixed: 'right',
      render: (_, r) => [
        <LinkButton key="detail" onClick={() => setDetailId(r.id)}>
          详情
        </LinkButton>,
        access.orgWrite && (
          <LinkButton key="edit" onClick={() => setRoomForm({ room: r })}>
            编辑
          </LinkButton>
        ),
      ],
    },
  ];

  const params = useMemo(() => ({ projectId: pid, buildingId }), [pid, buildingId]);

  return (
    <PageContainer
      title="楼栋房屋"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        access.orgWrite
          ? [
              <Button key="import" icon={<ImportOutlined />} onClick={() => setImportOpen(true)} data-testid="import-open">
                导入楼栋房屋
              </Button>,
            ]
          : []
      }
    >
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <Card
          title="组团 / 楼栋"
          style={{ width: 280, flex: 'none' }}
          styles={{ body: { paddingInline: 12 } }}
          extra={
            access.orgWrite && (
              <Dropdown
                menu={{
                  items: [
                    { key: 'cluster', label: '新增组团' },
                    { key: 'building', label: '新增楼栋', disabled: clusters.length === 0 },
                  ],
                  onClick: ({ key }) =>
                    key === 'cluster' ? setClusterOpen(true) : setBuildingForm({ building: null, clusterId: selectedClusterId }),
                }}
              >
                <Button size="small" icon={<PlusOutlined />}>
                  新增
                </Button>
              </Dropdown>
            )
          }
        >
          <Spin spinning={treeLoading}>
            {!treeLoading && clusters.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="还没有楼栋"
                children={
                  access.orgWrite && (
                    <Space>
                      <Button size="small" type="primary" onClick={() => setImportOpen(true)}>
                        导入
                      </Button>
                      <Button size="small" onClick={() => setClusterOpen(true)}>
                        新增组团
                      </Button>
                    </Space>
                  )
                }
              />
            ) : (
              <Tree
                blockNode
                defaultExpandAll
                key={clusters.length + ':' + buildings.length}
                selectedKeys={[selected]}
                onSelect={(keys) => setSelected((keys[0] as string) ?? ALL)}
                treeData={treeData}
              />
            )}
          </Spin>
        </Card>

        <div style={{ flex: 1, minWidth: 0 }}>
          <KeysetTable<Room>
            path="/api/v1/rooms"
            rowKey="id"
            actionRef={actionRef}
            headerTitle={
              selectedBuilding ? (
                <Space>
                  房屋
                  <Tag closable color="blue" onClose={() => setSelected(ALL)}>
                    {selectedBuilding.clusterName} · {selectedBuilding.name}
                  </Tag>
                </Space>
              ) : (
                '房屋'
              )
            }
            columns={columns}
            params={params}
            fetchPage={(f, cursor) =>
              got(
                client.GET('/api/v1/rooms', {
                  params: {
                    query: {
                      projectId: pid,
                      buildingId: f.buildingId as number | undefined,
                      keyword: f.keyword as string | undefined,
                      cursor: cursor ?? undefined,
                    },
                  },
                }),
              )
            }
            scroll={{ x: 900 }}
            emptyText={selectedBuilding ? '该楼栋暂无房屋' : '暂无房屋，可通过“导入楼栋房屋”批量创建'}
            toolBarRender={() =>
              access.orgWrite
                ? [
                    <Button
                      key="new"
                      type="primary"
                      icon={<PlusOutlined />}
                      disabled={buildings.length === 0}
                      onClick={() => setRoomForm({ room: null })}
                    >
                      新增房屋
                    </Button>,
                  ]
                : []
            }
          />
        </div>
      </div>

      <Deferred when={!!roomForm}>
        <RoomForm
          open={!!roomForm}
          room={roomForm?.room ?? null}
          buildings={buildings}
          defaultBuildingId={buildingId}
          onClose={(saved) => {
            setRoomForm(null);
            if (saved) {
              actionRef.current?.reload();
              void loadTree();
            }
          }}
        />
      </Deferred>
      <Deferred when={detailId !== null}>
        <RoomDrawer roomId={detailId} onClose={closeDetail} />
      </Deferred>
      <Deferred when={importOpen}>
        <ImportModal
          open={importOpen}
          projectId={pid}
          projectName={project?.name}
          onClose={(imported) => {
            setImportOpen(false);
            if (imported) {
              void loadTree();
              actionRef.current?.reload();
            }
          }}
        />
      </Deferred>
      <Deferred when={clusterOpen}>
        <ClusterForm
          open={clusterOpen}
          projectId={pid}
          onClose={(saved) => {
            setClusterOpen(false);
            if (saved) void loadTree();
          }}
        />
      </Deferred>
      <Deferred when={!!buildingForm}>
        <BuildingForm
          open={!!buildingForm}
          projectId={pid}
          clusters={clusters}
          building={buildingForm?.building ?? null}
          defaultClusterId={buildingForm?.clusterId}
          onClose={(saved) => {
            setBuildingForm(null);
            if (saved) void loadTree();
          }}
        />
      </Deferred>
    </PageContainer>
  );
}
