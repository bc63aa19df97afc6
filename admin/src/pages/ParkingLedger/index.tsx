/**
 * 车位台帐 (R-PRK-03): every rental that got its card — space and area, holder and room, plate, contract and
 * card numbers, the term and its expiry, rent and what has been paid — filtered by area, kind, current or
 * ended and a plate/name/number, paged on the server. Expiring within 15 days and owing rent are marked.
 */
import { useMemo, useRef, useState } from 'react';
import { Drawer, Tag, Typography } from 'antd';
import { RENTABLE_SPACE_KINDS, formatYuan, type RentableSpaceKind } from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from '../Parking/DetailView';
import { kindLabel } from '../Parking/display';
import type { LedgerRow } from '../Parking/types';

type Row = LedgerRow & { id: number };
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export default function ParkingLedgerPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(null);
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const areas = $api.useQuery('get', '/api/v1/parking/areas', { params: { query: { projectId: pid } } }).data ?? [];
  const today = projectToday(pid);

  const columns: ListColumn<Row>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '车牌、租用人、合同或卡号' } },
    {
      title: '区域',
      dataIndex: 'areaId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: areas.map((a) => ({ value: String(a.id), label: a.name })) },
    },
    {
      title: '车位',
      dataIndex: 'spaceNo',
      width: 150,
      search: false,
      render: (_, r) => (
        <span>
          <b>{r.spaceNo}</b> <Typography.Text type="secondary">{r.areaName}</Typography.Text>
        </span>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 90,
      valueType: 'select',
      valueEnum: Object.fromEntries(RENTABLE_SPACE_KINDS.map((k) => [k, { text: kindLabel(k) }])),
      render: (_, r) => kindLabel(r.kind),
    },
    {
      title: '租用人',
      dataIndex: 'holderName',
      width: 170,
      search: false,
      render: (_, r) => (
        <span>
          {r.holderName}
          <br />
          <Typography.Text type="secondary">{r.roomLabel}</Typography.Text>
        </span>
      ),
    },
    { title: '车牌', dataIndex: 'plate', width: 100, search: false },
    {
      title: '合同 / 停车卡',
      dataIndex: 'contractNo',
      width: 170,
      search: false,
      render: (_, r) => (
        <span>
          {r.contractNo ?? '—'}
          <br />
          {r.cardNo ?? '—'}
        </span>
      ),
    },
    {
      title: '租期',
      dataIndex: 'endOn',
      width: 200,
      search: false,
      render: (_, r) => {
        const left = r.endOn ? daysBetween(today, r.endOn) : null;
        return (
          <span>
            {r.startOn ?? '—'} 至 {r.endOn ?? '—'}
            {r.status === 'active' && left !== null && left < 0 && (
              <Tag color="red" style={{ marginLeft: 4 }}>
                已过期
              </Tag>
            )}
            {r.status === 'active' && left !== null && left >= 0 && left <= 15 && (
              <Tag color="orange" style={{ marginLeft: 4 }} data-testid="ledger-expiring">
                {left} 天后到期
              </Tag>
            )}
          </span>
        );
      },
    },
    {
      title: '租金/期',
      dataIndex: 'rentFen',
      width: 90,
      align: 'right',
      search: false,
      render: (_, r) => formatYuan(r.rentFen),
    },
    {
      title: '缴费',
      dataIndex: 'paidFen',
      width: 150,
      search: false,
      render: (_, r) => (
        <span data-testid="ledger-paid">
          已缴 {formatYuan(r.paidFen)}
          {r.status === 'active' && r.endOn && r.endOn < today ? (
            <Tag color="red" style={{ marginLeft: 4 }}>
              欠费
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      valueType: 'select',
      valueEnum: { active: { text: '租用中' }, ended: { text: '已结束' } },
      render: (_, r) => (
        <Tag color={r.status === 'active' ? 'green' : 'default'}>{r.status === 'active' ? '租用中' : '已结束'}</Tag>
      ),
    },
    { title: '15天内到期', dataIndex: 'expiring', hideInTable: true, valueType: 'switch' },
  ];

  return (
    <PageContainer title="车位台帐" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Row>
        path="/api/v1/parking/ledger"
        rowKey="applicationId"
        actionRef={actionRef}
        headerTitle={<Typography.Text strong>车位台帐</Typography.Text>}
        columns={columns}
        params={params}
        fetchPage={async (f, cursor) => {
          const page = await got(
            client.GET('/api/v1/parking/ledger', {
              params: {
                query: {
                  projectId: pid,
                  areaId: f.areaId ? Number(f.areaId) : undefined,
                  kind: (f.kind as RentableSpaceKind) || undefined,
                  status: (f.status as 'active' | 'ended') || undefined,
                  keyword: (f.keyword as string) || undefined,
                  expiringWithin: f.expiring === true ? 15 : undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          return { ...page, items: page.items.map((r) => ({ ...r, id: r.applicationId })) };
        }}
        onRow={openableRow('ledger-row', 'data-application-id', setOpenId)}
        scroll={{ x: 1200 }}
        emptyText="还没有租用记录"
      />
      <Drawer title="车位申请详情" open={openId !== null} width={880} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
