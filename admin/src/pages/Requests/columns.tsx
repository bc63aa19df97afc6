/**
 * The work order list's columns, in the order a clerk reads them: what and how urgent, its status with
 * the deadline beside it, when it came in, where and who; the long text last. 单号 and 操作 stay fixed,
 * so at 1280 px the key columns are on screen.
 */
import { Space, Tag, Tooltip, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { REPAIR_STAGE_LABELS, REPAIR_STATUS_LABELS, REPAIR_STATUSES } from '@wy/shared';
import type { RepairCategory, RequestSummary, Technician } from '../../services/models';
import { formatRange, formatTime } from '../../utils/time';
import { dueText, STATUS_COLORS, URGENCY_COLORS, urgencyText } from '../../utils/srv';
import type { ListColumn } from '../../components/table/DataTable';

export function requestColumns({
  cats,
  techs,
  search,
  onOpen,
}: {
  cats: RepairCategory[];
  techs: Technician[];
  search: URLSearchParams;
  onOpen: (id: number) => void;
}): ListColumn<RequestSummary>[] {
  const initialStatus = search.get('status');
  return [
    {
      title: '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '单号 / 物业编码 / 报修人', 'data-testid': 'requests-keyword' },
    },
    {
      title: '单号',
      dataIndex: 'code',
      search: false,
      width: 170,
      fixed: 'left',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={() => onOpen(r.id)}>{r.code}</Typography.Link>
          <Space size={4}>
            <Tag color={URGENCY_COLORS[r.urgency]} style={{ marginInlineEnd: 0 }}>
              {urgencyText(r.urgency)}
            </Tag>
            {r.isImportant && <Tag color="magenta">重要</Tag>}
            {r.isKeyCustomer && (
              <Tooltip title="重点客户">
                <StarFilled style={{ color: '#faad14' }} />
              </Tooltip>
            )}
          </Space>
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      width: 84,
      initialValue: initialStatus && (REPAIR_STATUSES as readonly string[]).includes(initialStatus) ? initialStatus : undefined,
      valueEnum: Object.fromEntries(REPAIR_STATUSES.map((s) => [s, { text: REPAIR_STATUS_LABELS[s] }])),
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REPAIR_STATUS_LABELS[r.status]}</Tag>,
    },
    {
      title: '期限',
      dataIndex: 'dueAt',
      search: false,
      width: 100,
      render: (_, r) =>
        r.dueAt ? (
          <Tooltip title={formatTime(r.dueAt)}>
            <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue} style={{ whiteSpace: 'nowrap' }}>
              {dueText(r.dueAt)}
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: '受理时间',
      dataIndex: 'receivedAt',
      search: false,
      width: 142,
      render: (_, r) => <span data-testid="received-at">{formatTime(r.receivedAt)}</span>,
    },
    {
      title: '类别',
      dataIndex: 'categoryId',
      valueType: 'select',
      width: 120,
      fieldProps: { showSearch: true, optionFilterProp: 'label', options: cats.map((c) => ({ value: c.id, label: c.name })) },
      render: (_, r) => r.categoryName,
    },
    {
      title: '房屋/位置',
      dataIndex: 'roomLabel',
      search: false,
      width: 150,
      render: (_, r) => [r.roomLabel, r.location].filter(Boolean).join(' · ') || '—',
    },
    {
      title: '报修人',
      dataIndex: 'requesterName',
      search: false,
      width: 110,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.requesterName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="wy-phone">
            {r.phoneMasked ?? ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '技工',
      dataIndex: 'assigneeId',
      valueType: 'select',
      width: 100,
      fieldProps: { showSearch: true, optionFilterProp: 'label', options: techs.map((t) => ({ value: t.id, label: t.name })) },
      render: (_, r) => r.assigneeName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '范围',
      dataIndex: 'stage',
      valueType: 'select',
      hideInTable: true,
      initialValue: search.get('stage') ?? undefined,
      fieldProps: {
        'data-testid': 'requests-stage',
        options: [
          { value: 'in_progress', label: REPAIR_STAGE_LABELS.in_progress },
          { value: 'open', label: REPAIR_STAGE_LABELS.open },
          { value: 'pool', label: '抢单池' },
        ],
      },
    },
    {
      title: '只看超时',
      dataIndex: 'overdue',
      valueType: 'switch',
      hideInTable: true,
      initialValue: search.get('overdue') === '1' ? true : undefined,
    },
    {
      title: '预约',
      dataIndex: 'appointmentStart',
      search: false,
      width: 170,
      render: (_, r) => <span style={{ fontSize: 12 }}>{formatRange(r.appointmentStart, r.appointmentEnd)}</span>,
    },
    { title: '内容', dataIndex: 'summary', search: false, ellipsis: true, width: 200 },
    {
      title: '操作',
      key: 'open',
      search: false,
      width: 64,
      fixed: 'right',
      render: (_, r) => (
        <Typography.Link onClick={() => onOpen(r.id)} data-testid="request-open">
          详情
        </Typography.Link>
      ),
    },
  ];
}
