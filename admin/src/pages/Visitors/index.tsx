/**
 * 访客登记 (R-PAS-05) for the lobby and the gate: 访客码核验 — an owner's invitation looked up by its code
 * (valid on its day only, used once), the ID number recorded and the visitor let in; 登记访客 — a visitor
 * at the gate for a room and a bound occupant of it, who then confirms in the app or on the guard's call
 * (电话确认, who answered); the day's visitors (today by default), filtered and paged on the server, with
 * 进入 / 离开 for each. ID numbers are shown masked.
 */
import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Input, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { VISITOR_STATUSES, VISITOR_STATUS_LABELS, formatVisitorCode, visitorIdProblem, type VisitorStatus } from '@wy/shared';
import PageContainer from '../../components/PageContainer';
import LinkButton from '../../components/LinkButton';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatClock, formatTime, projectToday } from '../../utils/time';
import PhoneModal from './PhoneModal';
import RegisterModal from './RegisterModal';
import type { GateVisitor, Visitor } from './types';

const COLORS: Record<string, string> = {
  awaiting_host: 'orange',
  invited: 'blue',
  confirmed: 'cyan',
  refused: 'red',
  in: 'green',
  left: 'default',
  cancelled: 'default',
  expired: 'default',
};
export const VisitorTag = ({ v }: { v: Pick<Visitor, 'shownStatus' | 'statusLabel'> }) => (
  <Tag color={COLORS[v.shownStatus] ?? 'default'}>{v.statusLabel}</Tag>
);
const confirmText = (v: Visitor) =>
  v.confirmedVia === 'phone'
    ? `电话确认（${v.answeredBy ?? ''}）`
    : v.confirmedVia === 'app'
      ? `住户在小程序${v.status === 'refused' ? '拒绝' : '同意'}`
      : v.confirmedVia === 'invite'
        ? `${v.hostName} 预约`
        : '—';

function CodeCheck({ projectId, onChanged }: { projectId: number; onChanged: () => void }) {
  const [code, setCode] = useState('');
  const [found, setFound] = useState<GateVisitor | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [idNumber, setIdNumber] = useState('');
  const [looking, setLooking] = useState(false);
  const enter = $api.useMutation('post', '/api/v1/visitors/{id}/actions/{action}');
  const look = async () => {
    const c = code.replace(/\s/g, '');
    if (!c) return;
    setLooking(true);
    setFound(null);
    setMissing(null);
    setIdNumber('');
    try {
      const r = await client.GET('/api/v1/visitors/code/{code}', { params: { path: { code: c } } });
      if (r.data) setFound(r.data);
      else setMissing((r.error as { message?: string } | undefined)?.message ?? '没有找到该访客码');
    } catch (e) {
      setMissing((e as Error).message || '没有找到该访客码');
    } finally {
      setLooking(false);
    }
  };
  const needsId = !!found && !found.idNumberMasked;
  const idBad = idNumber.trim() ? visitorIdProblem(idNumber) : null;
  const submit = () =>
    confirmThen('确认进入', `核对无误，登记 ${found!.name} 进入？每个访客码只能使用一次。`, async () => {
      const done = await enter.mutateAsync({
        params: { path: { id: found!.id, action: 'enter' } },
        body: idNumber.trim() ? { idNumber: idNumber.trim().toUpperCase() } : {},
      });
      setFound({ ...done, refusal: null });
      showSuccess('已登记进入');
      onChanged();
    });
  return (
    <Card size="small" title="访客码核验">
      <Space.Compact style={{ width: 420 }}>
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => void look()}
          placeholder="输入住户出示的8位访客码"
          aria-label="访客码"
          data-testid="visitor-code"
        />
        <Button type="primary" loading={looking} onClick={() => void look()} data-testid="visitor-look">
          查询
        </Button>
      </Space.Compact>
      <div style={{ marginTop: 16 }} data-testid="visitor-code-result">
        {missing && <Alert type="error" showIcon message={missing} data-testid="visitor-missing" />}
        {found && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {found.refusal ? (
              <Alert type="error" showIcon message={`不能进入：${found.refusal}`} data-testid="visitor-refusal" />
            ) : found.status === 'in' ? (
              <Alert
                type="success"
                showIcon
                message={`已登记进入（${formatTime(found.enteredAt!, projectId)}）`}
                data-testid="visitor-entered"
              />
            ) : (
              <Alert type="info" showIcon message="访客码有效，请核验访客证件后登记进入" data-testid="visitor-valid" />
            )}
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="访客码">
                <span data-latin-ok>{found.code ? formatVisitorCode(found.code) : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label="状态">
                <VisitorTag v={found} />
              </Descriptions.Item>
              <Descriptions.Item label="访客">
                {found.name}（{found.peopleCount}人）
              </Descriptions.Item>
              <Descriptions.Item label="手机号">
                <span data-latin-ok>{found.phone ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label="被访房屋">{found.roomLabel}</Descriptions.Item>
              <Descriptions.Item label="预约住户">{found.hostName}</Descriptions.Item>
              <Descriptions.Item label="来访日期">{found.visitOn}</Descriptions.Item>
              <Descriptions.Item label="车牌">
                <span data-latin-ok>{found.plate ?? '—'}</span>
              </Descriptions.Item>
            </Descriptions>
            {!found.refusal && found.allowedActions.includes('enter') && (
              <Space wrap>
                {needsId && (
                  <Input
                    value={idNumber}
                    onChange={(e) => setIdNumber(e.target.value)}
                    maxLength={20}
                    style={{ width: 260 }}
                    placeholder="核验并登记访客证件号码"
                    aria-label="访客证件号码"
                    status={idBad ? 'error' : undefined}
                    data-testid="visitor-enter-id"
                  />
                )}
                <Button
                  type="primary"
                  disabled={needsId && (!idNumber.trim() || !!idBad)}
                  loading={enter.isPending}
                  onClick={() => void submit()}
                  data-testid="visitor-enter"
                >
                  登记进入
                </Button>
                {idBad && <span style={{ color: '#cf1322' }}>{idBad}</span>}
              </Space>
            )}
          </Space>
        )}
        {!found && !missing && <Empty description="输入访客码查询" />}
      </div>
    </Card>
  );
}

export default function VisitorsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [day, setDay] = useState<Dayjs>(() => dayjs(projectToday(pid)));
  const [registering, setRegistering] = useState(false);
  const [phoning, setPhoning] = useState<Visitor | null>(null);
  const act = $api.useMutation('post', '/api/v1/visitors/{id}/actions/{action}');
  const params = useMemo(() => ({ projectId: pid, date: day.format('YYYY-MM-DD') }), [pid, day]);
  const reload = () => actionRef.current?.reload();

  const step = (v: Visitor, action: 'enter' | 'leave') =>
    confirmThen(
      action === 'enter' ? '登记进入' : '登记离开',
      action === 'enter' ? `登记 ${v.name} 进入？` : `登记 ${v.name} 离开？`,
      async () => {
        await act.mutateAsync({ params: { path: { id: v.id, action } }, body: {} });
        showSuccess(action === 'enter' ? '已登记进入' : '已登记离开');
        reload();
      },
    );

  const columns: ListColumn<Visitor>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '访客、住户、车牌或访客码' } },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(VISITOR_STATUSES.map((k) => [k, { text: VISITOR_STATUS_LABELS[k as VisitorStatus] }])),
      render: (_, v) => <VisitorTag v={v} />,
    },
    { title: '访客', dataIndex: 'name', width: 140, search: false, render: (_, v) => `${v.name}（${v.peopleCount}人）` },
    {
      title: '证件号码',
      dataIndex: 'idNumberMasked',
      width: 170,
      search: false,
      render: (_, v) => <span data-latin-ok>{v.idNumberMasked ?? '—'}</span>,
    },
    { title: '被访房屋', dataIndex: 'roomLabel', width: 130, search: false },
    { title: '被访住户', dataIndex: 'hostName', width: 90, search: false },
    { title: '来源', dataIndex: 'sourceLabel', width: 90, search: false },
    { title: '确认', dataIndex: 'confirmedVia', width: 170, search: false, render: (_, v) => confirmText(v) },
    {
      title: '车牌',
      dataIndex: 'plate',
      width: 100,
      search: false,
      render: (_, v) => <span data-latin-ok>{v.plate ?? '—'}</span>,
    },
    { title: '事由', dataIndex: 'reasonLabel', width: 90, search: false },
    {
      title: '进入',
      dataIndex: 'enteredAt',
      width: 70,
      search: false,
      render: (_, v) => (v.enteredAt ? formatClock(v.enteredAt, pid) : '—'),
    },
    {
      title: '离开',
      dataIndex: 'leftAt',
      width: 70,
      search: false,
      render: (_, v) => (v.leftAt ? formatClock(v.leftAt, pid) : '—'),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 150,
      fixed: 'right',
      render: (_, v) =>
        [
          v.allowedActions.includes('phone_approve') && (
            <LinkButton key="phone" onClick={() => setPhoning(v)} data-testid="visitor-phone">
              电话确认
            </LinkButton>
          ),
          v.allowedActions.includes('enter') && v.source === 'gate' && (
            <LinkButton key="enter" onClick={() => void step(v, 'enter')} data-testid="visitor-row-enter">
              进入
            </LinkButton>
          ),
          v.allowedActions.includes('leave') && (
            <LinkButton key="leave" onClick={() => void step(v, 'leave')} data-testid="visitor-leave">
              离开
            </LinkButton>
          ),
        ].filter(Boolean),
    },
  ];

  return (
    <PageContainer title="访客登记" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <CodeCheck projectId={pid} onChanged={reload} />
      <KeysetTable<Visitor>
        path="/api/v1/visitors"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          <Space>
            来访记录
            <DatePicker
              value={day}
              allowClear={false}
              onChange={(d) => d && setDay(d)}
              aria-label="来访日期"
              data-testid="visitor-day"
            />
          </Space>
        }
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/visitors', {
              params: {
                query: {
                  projectId: pid,
                  date: f.date as string,
                  status: (f.status as VisitorStatus) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="visitor-new">
            登记访客
          </Button>,
        ]}
        scroll={{ x: 1400 }}
        emptyText="当天没有来访记录"
      />
      {registering && (
        <RegisterModal
          projectId={pid}
          onClose={() => setRegistering(false)}
          onDone={() => {
            setRegistering(false);
            reload();
          }}
        />
      )}
      {phoning && (
        <PhoneModal
          v={phoning}
          onClose={() => setPhoning(null)}
          onDone={() => {
            setPhoning(null);
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
