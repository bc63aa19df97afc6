/** 交接班清单 (R-SRV-04): every open repair of the project, to be handed to the next shift; print and hand over. */
import { Button, Tag } from 'antd';
import { PrinterOutlined, SwapOutlined } from '@ant-design/icons';
import type { ShiftHandoverList, RequestSummary } from '../../../services/models';
import { formatRange, formatTime } from '../../../utils/time';
import { STATUS_COLORS, statusText } from '../../../utils/srv';
import DataTable, { type ListColumn } from '../../../components/table/DataTable';

const columns: ListColumn<RequestSummary>[] = [
  { title: '单号', dataIndex: 'code', width: 150 },
  {
    title: '状态',
    dataIndex: 'status',
    width: 80,
    render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{statusText(r.status)}</Tag>,
  },
  {
    title: '房屋/位置',
    key: 'place',
    width: 130,
    render: (_, r) => [r.roomLabel, r.location].filter(Boolean).join(' · ') || '—',
  },
  { title: '处理人', dataIndex: 'assigneeName', width: 90, render: (_, r) => r.assigneeName ?? '未派' },
  {
    title: '预约',
    key: 'appt',
    width: 170,
    render: (_, r) => <span style={{ fontSize: 12 }}>{formatRange(r.appointmentStart, r.appointmentEnd)}</span>,
  },
  { title: '内容', dataIndex: 'summary', ellipsis: true },
];

export default function HandoverList({
  list,
  loading,
  error,
  onReload,
  onPrint,
  onHandover,
  onOpen,
}: {
  list: ShiftHandoverList | undefined;
  loading: boolean;
  error?: unknown;
  onReload: () => void;
  onPrint: () => void;
  onHandover: () => void;
  onOpen: (id: number) => void;
}) {
  return (
    <DataTable<RequestSummary>
      data-testid="handover-table"
      rowKey="id"
      size="small"
      headerTitle={`交接班清单 · 未完成工单${list ? `（${list.openRequests.length}）` : ''}`}
      tooltip={list ? `生成于 ${formatTime(list.generatedAt)}，所有未完成的报修须交给下一班。` : undefined}
      onReload={onReload}
      loading={loading}
      error={error}
      dataSource={list?.openRequests ?? []}
      columns={columns}
      scroll={{ x: 700 }}
      rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
      onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
      emptyText="没有未完成的工单"
      toolBarRender={() => [
        <Button key="print" icon={<PrinterOutlined />} disabled={!list} onClick={onPrint} data-testid="print-handover">
          打印交接班记录
        </Button>,
        <Button key="hand" type="primary" icon={<SwapOutlined />} onClick={onHandover} data-testid="shift-handover">
          交接
        </Button>,
      ]}
    />
  );
}
