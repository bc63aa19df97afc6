/**
 * 放行管理 (R-PAS-01/02): the project's release passes — filtered on the server by status, moving day, room
 * and code/name/plate, keyset pages — the detail in a drawer (issue, reject, print); 代业主办理 for an owner
 * at the counter; 办理须知 (R-PAS-04), the guide owners read before applying.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, DatePicker, Drawer, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { PASS_STATUSES, PASS_STATUS_LABELS, type PassStatus } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import RoomFilter from '../../components/RoomFilter';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from './DetailView';
import { PassStatusTag, timeWindow } from './display';
import GuideModal from './GuideModal';
import WalkInModal from './WalkInModal';
import type { PassSummary } from './types';

export default function PassesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [moveOn, setMoveOn] = useState<Dayjs | null>(null);
  const [roomId, setRoomId] = useState<number | undefined>();
  const [walkIn, setWalkIn] = useState(false);
  const [guide, setGuide] = useState(false);
  const params = useMemo(() => ({ projectId: pid, moveOn: moveOn?.format('YYYY-MM-DD'), roomId }), [pid, moveOn, roomId]);

  const columns: ListColumn<PassSummary>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '放行条编号、申请人或车牌' } },
    {
      title: '放行条编号',
      dataIndex: 'code',
      width: 160,
      search: false,
      render: (_, r) => <span data-latin-ok>{r.code ?? '—'}</span>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(PASS_STATUSES.map((s) => [s, { text: PASS_STATUS_LABELS[s] }])),
      render: (_, r) => <PassStatusTag shown={r.shownStatus} label={r.statusLabel} testId="pass-status" />,
    },
    { title: '房屋', dataIndex: 'roomLabel', width: 150, search: false },
    {
      title: '申请人',
      dataIndex: 'applicantName',
      width: 120,
      search: false,
      render: (_, r) => `${r.applicantName}（${r.applicantRoleLabel}）`,
    },
    { title: '搬出日期', dataIndex: 'moveOn', width: 150, search: false, render: (_, r) => timeWindow(r) },
    { title: '物品', dataIndex: 'itemsText', search: false, ellipsis: true },
    {
      title: '车牌',
      dataIndex: 'plate',
      width: 100,
      search: false,
      render: (_, r) => <span data-latin-ok>{r.plate ?? '—'}</span>,
    },
    { title: '原因', dataIndex: 'reasonLabel', width: 70, search: false },
    { title: '申请时间', dataIndex: 'createdAt', width: 120, search: false, render: (_, r) => formatShort(r.createdAt, pid) },
    openColumn('pass-open', setOpenId),
  ];

  return (
    <PageContainer
      title="放行管理"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Space>
          <Button onClick={() => setGuide(true)} data-testid="pass-guide">
            办理须知
          </Button>
          <Button type="primary" onClick={() => setWalkIn(true)} data-testid="pass-walk-in">
            代业主办理
          </Button>
        </Space>
      }
    >
      <KeysetTable<PassSummary>
        path="/api/v1/passes"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          <Space size={16} wrap>
            <DatePicker placeholder="全部搬出日期" value={moveOn} onChange={setMoveOn} data-testid="pass-move-on" />
            <RoomFilter projectId={pid} value={roomId} onChange={setRoomId} testId="pass-room" />
          </Space>
        }
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/passes', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as PassStatus) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  moveOn: (f.moveOn as string) || undefined,
                  roomId: (f.roomId as number) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={openableRow('pass-row', 'data-pass-id', setOpenId)}
        scroll={{ x: 1200 }}
        emptyText="没有符合条件的放行申请"
      />
      <Drawer title="放行申请详情" open={openId !== null} width={820} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
      {walkIn && (
        <WalkInModal
          projectId={pid}
          onClose={() => setWalkIn(false)}
          onDone={(id) => {
            setWalkIn(false);
            actionRef.current?.reload();
            setOpenId(id);
          }}
        />
      )}
      {guide && <GuideModal projectId={pid} editable={access.passConfigure} onClose={() => setGuide(false)} />}
    </PageContainer>
  );
}
