/**
 * 车位申请: the project's parking applications — filter by status, kind of space and a plate/name/number,
 * keyset paging on the server — the detail with its documents, contract, approval and card in a drawer.
 * The waiting list (status 排队等候) shows each applicant's place in line.
 */
import { Tag } from 'antd';
import {
  PARKING_APP_STATUSES,
  PARKING_APP_STATUS_LABELS,
  PARKING_TERM_LABELS,
  RENTABLE_SPACE_KINDS,
  type ParkingAppStatus,
  type ParkingTerm,
} from '@wy/shared';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import WorkflowListPage from '../../components/workflow/WorkflowListPage';
import { appliedColumn, choices, listQuery, statusColumn } from '../../components/workflow/columns';
import DetailView from './DetailView';
import { kindLabel, statusColor } from './display';
import type { ParkingAppSummary } from './types';

export default function ParkingApplicationsPage() {
  const pid = useProject().projectId!;
  return (
    <WorkflowListPage<ParkingAppSummary>
      title="车位申请"
      path="/api/v1/parking/applications"
      testId="parking"
      keyword={{ placeholder: '车牌、申请人或申请号' }}
      columns={[
        { title: '申请号', dataIndex: 'code', width: 170, search: false },
        statusColumn({ statuses: PARKING_APP_STATUSES, label: (s) => PARKING_APP_STATUS_LABELS[s], width: 120 }, (r) => (
          <Tag color={statusColor(r.status)} data-testid="parking-status">
            {PARKING_APP_STATUS_LABELS[r.status as ParkingAppStatus] ?? r.status}
          </Tag>
        )),
        {
          title: '车位类型',
          dataIndex: 'kind',
          width: 100,
          valueType: 'select',
          valueEnum: choices(RENTABLE_SPACE_KINDS, kindLabel),
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
        appliedColumn(pid),
      ]}
      fetchPage={(f, cursor) =>
        got(client.GET('/api/v1/parking/applications', { params: { query: listQuery(f, cursor, ['kind']) } }))
      }
      scrollX={1300}
      emptyText="没有符合条件的车位申请"
      drawer={{ title: '车位申请详情', width: 880 }}
      detail={(id, changed) => <DetailView id={id} onChanged={changed} />}
    />
  );
}
