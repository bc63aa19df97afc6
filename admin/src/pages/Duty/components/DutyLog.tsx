/** 值班记录 (R-SRV-02): the project's duty log of one local day, and a note added to today's. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Input, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import Loaded from '../../../components/Loaded';
import { $api, showSuccess, useRefresh } from '../../../services/api';
import type { DutyEntry } from '../../../services/models';
import { formatClock, projectToday } from '../../../utils/time';

/** The duty log is kept per local day of the project, whatever zone the browser is in. */
export const today = () => dayjs(projectToday());

const KIND: Record<DutyEntry['kind'], { text: string; color: string }> = {
  request: { text: '来电/报事', color: 'blue' },
  note: { text: '值班记事', color: 'gray' },
  handover: { text: '交接班', color: 'green' },
};

/** The day's entries, shared by the log and the printed handover record. */
export function useDutyLog(projectId: number, date: string) {
  return $api.useQuery('get', '/api/v1/duty-log', { params: { query: { projectId, date } } });
}

export default function DutyLog({
  projectId,
  date,
  onDate,
  onOpen,
}: {
  projectId: number;
  date: Dayjs;
  onDate: (d: Dayjs) => void;
  onOpen: (requestId: number) => void;
}) {
  const day = date.format('YYYY-MM-DD');
  const log = useDutyLog(projectId, day);
  const refresh = useRefresh();
  const [note, setNote] = useState('');
  const add = $api.useMutation('post', '/api/v1/duty-log', {
    onSuccess: () => {
      setNote('');
      showSuccess('已记入值班记录');
      void refresh('/api/v1/duty-log');
    },
  });
  const isToday = date.isSame(today(), 'day');
  const addNote = () => {
    const content = note.trim();
    if (content) add.mutate({ body: { projectId, content } });
  };

  return (
    <Card
      size="small"
      title="值班记录"
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          <DatePicker
            value={date}
            allowClear={false}
            onChange={(d) => d && onDate(d)}
            disabledDate={(d) => d.isAfter(today(), 'day')}
            data-testid="duty-date"
          />
          <Button icon={<ReloadOutlined />} loading={log.isFetching} onClick={() => void log.refetch()} />
        </Space>
      }
    >
      {isToday && (
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Input
            placeholder="记一笔：来访、巡查发现、设备情况、需下一班跟进的事…"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            onPressEnter={addNote}
            data-testid="duty-note"
          />
          <Button type="primary" loading={add.isPending} onClick={addNote} data-testid="duty-add">
            记录
          </Button>
        </Space.Compact>
      )}
      <Loaded query={log} skeleton={<Skeleton active paragraph={{ rows: 5 }} />}>
        {(entries) =>
          entries.length ? (
            <Timeline
              items={entries.map((e) => ({
                key: e.id,
                color: KIND[e.kind].color,
                children: (
                  <div data-testid="duty-entry">
                    <Space size={6} wrap>
                      <Typography.Text strong>{formatClock(e.at)}</Typography.Text>
                      <Tag color={KIND[e.kind].color === 'gray' ? 'default' : KIND[e.kind].color}>{KIND[e.kind].text}</Tag>
                      <Typography.Text type="secondary">{e.staffName}</Typography.Text>
                      {e.requestId && <Typography.Link onClick={() => onOpen(e.requestId!)}>{e.requestCode}</Typography.Link>}
                    </Space>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{e.content}</div>
                  </div>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${day} 暂无值班记录`} />
          )
        }
      </Loaded>
    </Card>
  );
}
