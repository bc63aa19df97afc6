/**
 * 放行管理 (R-PAS-01/02): the project's release passes — filtered on the server by status, moving day, room
 * and code/name/plate, keyset pages — the detail in a drawer (issue, reject, print); 代业主办理 for an owner
 * at the counter; 办理须知 (R-PAS-04), the guide owners read before applying.
 */
import { useState } from 'react';
import { Button, DatePicker, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { PASS_STATUSES, PASS_STATUS_LABELS } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import RoomFilter from '../../components/RoomFilter';
import WorkflowListPage from '../../components/workflow/WorkflowListPage';
import { appliedColumn, applicantColumn, codeColumn, listQuery, statusColumn } from '../../components/workflow/columns';
import DetailView from './DetailView';
import { PassStatusTag, timeWindow } from './display';
import GuideModal from './GuideModal';
import WalkInModal from './WalkInModal';
import type { PassSummary } from './types';

export default function PassesPage() {
  const pid = useProject().projectId!;
  const access = useAccess();
  const [moveOn, setMoveOn] = useState<Dayjs | null>(null);
  const [roomId, setRoomId] = useState<number | undefined>();
  const [walkIn, setWalkIn] = useState(false);
  const [guide, setGuide] = useState(false);

  return (
    <WorkflowListPage<PassSummary>
      title="放行管理"
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
      path="/api/v1/passes"
      testId="pass"
      keyword={{ placeholder: '放行条编号、申请人或车牌' }}
      columns={[
        codeColumn('放行条编号', 'code', 160),
        statusColumn({ statuses: PASS_STATUSES, label: (s) => PASS_STATUS_LABELS[s], width: 110 }, (r) => (
          <PassStatusTag shown={r.shownStatus} label={r.statusLabel} testId="pass-status" />
        )),
        { title: '房屋', dataIndex: 'roomLabel', width: 150, search: false },
        applicantColumn(120),
        { title: '搬出日期', dataIndex: 'moveOn', width: 150, search: false, render: (_, r) => timeWindow(r) },
        { title: '物品', dataIndex: 'itemsText', search: false, ellipsis: true },
        codeColumn('车牌', 'plate', 100),
        { title: '原因', dataIndex: 'reasonLabel', width: 70, search: false },
        appliedColumn(pid),
      ]}
      headerTitle={
        <Space size={16} wrap>
          <DatePicker placeholder="全部搬出日期" value={moveOn} onChange={setMoveOn} data-testid="pass-move-on" />
          <RoomFilter projectId={pid} value={roomId} onChange={setRoomId} testId="pass-room" />
        </Space>
      }
      params={{ moveOn: moveOn?.format('YYYY-MM-DD'), roomId }}
      fetchPage={(f, cursor) =>
        got(client.GET('/api/v1/passes', { params: { query: listQuery(f, cursor, ['moveOn', 'roomId']) } }))
      }
      scrollX={1200}
      emptyText="没有符合条件的放行申请"
      drawer={{ title: '放行申请详情', width: 820 }}
      detail={(id, changed) => <DetailView id={id} onChanged={changed} />}
    >
      {(list) => (
        <>
          {walkIn && (
            <WalkInModal
              projectId={pid}
              onClose={() => setWalkIn(false)}
              onDone={(id) => {
                setWalkIn(false);
                list.reload();
                list.open(id);
              }}
            />
          )}
          {guide && <GuideModal projectId={pid} editable={access.passConfigure} onClose={() => setGuide(false)} />}
        </>
      )}
    </WorkflowListPage>
  );
}
