/**
 * 车位申请: the project's parking applications — filter by status, kind of space and a plate/name/number,
 * keyset paging on the server — the detail with its documents, contract, approval and card in a drawer.
 * The waiting list (status 排队等候) shows each applicant's place in line.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Drawer, Tag } from 'antd';
import {
  PARKING_APP_STATUSES,
  PARKING_APP_STATUS_LABELS,
  PARKING_TERM_LABELS,
  RENTABLE_SPACE_KINDS,
  type ParkingAppStatus,
  type ParkingTerm,
  type RentableSpaceKind,
} from '@wy/shared';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from './DetailView';
import { kindLabel, statusColor } from './display';
import type { ParkingAppSummary } from './types';

const valueEnum = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, { text: label(k) }]));

export default function ParkingApplicationsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<ParkingAppSummary>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '车牌、申请人或申请号' } },
    { title: '申请号', dataIndex: 'code', width: 170, search: false },
    {
      title: '状态',
      dataIndex: 'status',
      width: 120,
      valueType: 'select',
      valueEnum: valueEnum(PARKING_APP_STATUSES, (s) => PARKING_APP_STATUS_LABELS[s]),
      render: (_, r) => (
        <Tag color={statusColor(r.status)} data-testid="parking-status">
          {PARKING_APP_STATUS_LABELS[r.status as ParkingAppStatus] ?? r.status}
        </Tag>
      ),
    },
    {
      title: '车位类型',
      dataIndex: 'kind',
      width: 100,
      valueType: 'select',
      valueEnum: valueEnum(RENTABLE_SPACE_KINDS, (k: RentableSpaceKind) => kindLabel(k)),
      render: (_, r) => `${kindLabel(r.kind)} · ${PARKING_TERM_LABELS[r.term as ParkingTerm] ?? r.term}`,
    },
    { title: '申请人', dataIndex: 'applicantName', width: 90, search: false },
    { title: '房屋', dataIndex: 'roomLabel', width: 160, search: false },
    { title: '车牌', dataIndex: 'plate', width: 100, search: false },
    {
      title: '车位',
      dataIndex: 'spaceNo',
      width: 110,
      search: false,
      render: (_, r) =>
        r.waitingPosition ? (
          <Tag color="orange" data-testid="parking-position">
            排队第 {r.waitingPosition} 位
          </Tag>
        ) : (
          (r.spaceNo ?? '—')
        ),
    },
    { title: '停车卡', dataIndex: 'cardNo', width: 140, search: false, render: (_, r) => r.cardNo ?? '—' },
    { title: '到期', dataIndex: 'endOn', width: 110, search: false, render: (_, r) => r.endOn ?? '—' },
    { title: '申请时间', dataIndex: 'createdAt', width: 120, search: false, render: (_, r) => formatShort(r.createdAt, pid) },
    openColumn('parking-open', setOpenId),
  ];

  return (
    <PageContainer title="车位申请" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<ParkingAppSummary>
        path="/api/v1/parking/applications"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="车位申请"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/parking/applications', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as ParkingAppStatus) || undefined,
                  kind: (f.kind as RentableSpaceKind) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={openableRow('parking-row', 'data-parking-id', setOpenId)}
        scroll={{ x: 1300 }}
        emptyText="没有符合条件的车位申请"
      />
      <Drawer title="车位申请详情" open={openId !== null} width={880} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
