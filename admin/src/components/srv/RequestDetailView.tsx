/** 工单详情: summary, photos, SLA clocks, timeline (R-SRV-07) and ONLY the actions the API allows. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Descriptions, Empty, Modal, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined, StarFilled } from '@ant-design/icons';
import {
  CHANNEL_LABELS,
  CHARGE_KIND_LABELS,
  formatYuan,
  REPAIR_ACTION_LABELS,
  REPAIR_SCOPE_LABELS,
  SATISFACTION_LABELS,
  SLA_CLOCK_LABELS,
  type ChargeKind,
  type RepairAction,
  type Satisfaction,
  type SlaClockKind,
} from '@wy/shared';
import { useAccess } from '../../auth';
import { getRequest, showError } from '../../services/api';
import type { Clock, RequestDetail } from '../../services/models';
import { formatTime } from '../../utils/time';
import { formatRange, STATUS_COLORS, statusText, URGENCY_COLORS, urgencyText, dueText } from '../../utils/srv';
import { useProject } from '../../project';
import ActionModal from './ActionModal';
import { PhotoList } from './Photos';
import PrintPortal from './PrintPortal';
import WorkOrderDoc from './WorkOrderDoc';
import RecordedTimes from './RecordedTimes';
import SignatureImage from './SignatureImage';
import { ExtensionCell, ExtensionModal, useRequestExtensions } from './ClockExtensions';
import BillBlock from '../billing/BillBlock';

/** Timeline events that are not state-machine actions (recorded by the API). */
const EVENT_LABELS: Record<string, string> = {
  intake: '受理登记',
  link_report: '重复报告（已关联）',
  handover: '首问转交',
  second_callback: '二次回访',
  extension_request: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '驳回延期',
  payment: '收费',
};
const eventLabel = (a: string) => REPAIR_ACTION_LABELS[a as RepairAction] ?? EVENT_LABELS[a] ?? a;
const ACTOR_KIND: Record<string, string> = { staff: '员工', owner: '业主', system: '系统' };
/** Notes written by the API may quote instants in ISO form ("申请延期至 2026-11-24T02:00:00.000Z"): show them local. */
const localNote = (n: string) => n.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g, (m) => formatTime(m));

const DANGER: readonly RepairAction[] = ['cancel', 'return'];
const PRIMARY: readonly RepairAction[] = ['dispatch', 'finish', 'confirm', 'callback', 'accept'];

function clockState(c: Clock) {
  if (c.metAt) return c.breachedAt ? <Tag color="red">超时完成</Tag> : <Tag color="green">按时完成</Tag>;
  if (c.breachedAt || new Date(c.dueAt) < new Date()) return <Tag color="red">已超时</Tag>;
  if (c.pausedAt) return <Tag color="purple">暂停计时</Tag>;
  return <Tag color="blue">计时中 · {dueText(c.dueAt)}</Tag>;
}

export default function RequestDetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const { project } = useProject();
  const [r, setR] = useState<RequestDetail | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [acting, setActing] = useState<RepairAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const [extending, setExtending] = useState<Clock | null>(null);
  const access = useAccess();
  const ext = useRequestExtensions(r?.projectId, id, r);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setR(await getRequest(id));
      setFailed(false);
    } catch (e) {
      showError(e);
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!r)
    return loading ? (
      <Spin style={{ display: 'block', margin: '80px auto' }} tip="加载中…">
        <div />
      </Spin>
    ) : (
      <Empty description={failed ? '工单加载失败' : '工单不存在'}>
        <Button onClick={() => void load()}>重试</Button>
      </Empty>
    );

  const actions = r.allowedActions as RepairAction[];
  return (
    <Spin spinning={loading}>
      <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="request-detail" data-request-id={r.id}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Title level={5} style={{ margin: 0 }} copyable={{ text: r.code }}>
              {r.code}
            </Typography.Title>
            <Tag color={STATUS_COLORS[r.status]} data-testid="request-status">
              {statusText(r.status)}
            </Tag>
            <Tag color={URGENCY_COLORS[r.urgency]}>{urgencyText(r.urgency)}</Tag>
            {r.overdue && <Tag color="red">超时</Tag>}
            {r.isImportant && <Tag color="magenta">重要</Tag>}
            {r.isKeyCustomer && (
              <Tag color="gold" icon={<StarFilled />}>
                重点客户
              </Tag>
            )}
          </Space>
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void load()}>
              刷新
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} data-testid="print-work-order">
              打印派工单
            </Button>
          </Space>
        </Space>

        {actions.length > 0 ? (
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={PRIMARY.includes(a) ? 'primary' : 'default'}
                danger={DANGER.includes(a)}
                onClick={() => setActing(a)}
                data-testid={`action-${a}`}
              >
                {REPAIR_ACTION_LABELS[a] ?? a}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">当前状态下您没有可执行的操作。</Typography.Text>
        )}

        {r.overdue && (
          <Alert type="error" showIcon message={`工单已超时（最近期限 ${formatTime(r.dueAt)}），请尽快处理并向客户说明。`} />
        )}

        {r.times && <RecordedTimes times={r.times} />}

        <Descriptions bordered size="small" column={2}>
          <Descriptions.Item label="房屋/位置" span={2}>
            {[r.roomLabel, r.location].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="报修人">{r.requesterName}</Descriptions.Item>
          <Descriptions.Item label="联系电话">{r.phoneMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="类别">
            {r.categoryName} · {REPAIR_SCOPE_LABELS[r.scope]}
          </Descriptions.Item>
          <Descriptions.Item label="收费">
            {CHARGE_KIND_LABELS[r.chargeKind as ChargeKind] ?? r.chargeKind}
            {r.priceFen != null && `（标准 ${formatYuan(r.priceFen)}）`}
            {r.feeFen != null && ` · 实收 ${formatYuan(r.feeFen)}`}
          </Descriptions.Item>
          <Descriptions.Item label="渠道">{CHANNEL_LABELS[r.channel]}</Descriptions.Item>
          <Descriptions.Item label="受理时间">{formatTime(r.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="预约上门">{formatRange(r.appointmentStart, r.appointmentEnd)}</Descriptions.Item>
          <Descriptions.Item label="承诺时间">{formatTime(r.promisedAt)}</Descriptions.Item>
          <Descriptions.Item label="处理人">
            {r.assigneeName ?? <Typography.Text type="secondary">未派单</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label="要求完成">{formatTime(r.requiredBy)}</Descriptions.Item>
          <Descriptions.Item label="首问负责人">{r.firstContactName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="满意度">
            {r.satisfaction ? (SATISFACTION_LABELS[r.satisfaction as Satisfaction] ?? r.satisfaction) : '—'}
            {r.callbackComment && ` · ${r.callbackComment}`}
          </Descriptions.Item>
          <Descriptions.Item label="问题描述" span={2}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.description}</Typography.Paragraph>
          </Descriptions.Item>
          {(r.result || r.materials.length > 0) && (
            <Descriptions.Item label="处理结果" span={2}>
              <div>{r.result ?? '—'}</div>
              {r.materials.length > 0 && (
                <Typography.Text type="secondary">
                  材料：
                  {r.materials.map((m) => `${m.name}${m.spec ? `(${m.spec})` : ''} ×${m.quantity}${m.unit ?? ''}`).join('；')}
                </Typography.Text>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="照片" span={2}>
            <PhotoList photos={r.photos} />
          </Descriptions.Item>
          {r.signature && (
            <Descriptions.Item label="业主签字" span={2}>
              <SignatureImage photo={r.signature} />
            </Descriptions.Item>
          )}
        </Descriptions>

        {r.bill && <BillBlock bill={r.bill} payerName={r.requesterName} onPaid={() => void load()} />}

        <Card size="small" title="时限（SLA）">
          <Table<Clock>
            size="small"
            rowKey={(c) => c.kind + c.startedAt}
            pagination={false}
            dataSource={r.clocks}
            locale={{ emptyText: '暂无计时' }}
            columns={[
              { title: '环节', dataIndex: 'kind', render: (k: string) => SLA_CLOCK_LABELS[k as SlaClockKind] ?? k },
              { title: '开始', dataIndex: 'startedAt', render: (v: string) => formatTime(v) },
              { title: '期限', dataIndex: 'dueAt', render: (v: string) => formatTime(v) },
              { title: '完成', dataIndex: 'metAt', render: (v: string | null) => formatTime(v) },
              { title: '状态', key: 'state', render: (_: unknown, c) => clockState(c) },
              {
                title: '延期',
                key: 'extension',
                render: (_: unknown, c) => (
                  <ExtensionCell clock={c} items={ext.items} canApprove={access.slaApprove} onAsk={setExtending} />
                ),
              },
            ]}
          />
        </Card>

        <Card size="small" title={`处理过程（${r.events.length}）`}>
          {r.events.length ? (
            <Timeline
              items={r.events.map((e) => ({
                key: e.id,
                color: e.action === 'cancel' || e.action === 'return' ? 'red' : e.toStatus === 'closed' ? 'green' : 'blue',
                children: (
                  <div data-testid="timeline-event">
                    <Space wrap size={6}>
                      <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
                      <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                      <Typography.Text>
                        {e.actorName}
                        {ACTOR_KIND[e.actorKind] && e.actorKind !== 'staff' ? `（${ACTOR_KIND[e.actorKind]}）` : ''}
                      </Typography.Text>
                      {e.toStatus && e.toStatus !== e.fromStatus && <Badge status="processing" text={statusText(e.toStatus)} />}
                    </Space>
                    {e.note && <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{localNote(e.note)}</div>}
                    {e.photos.length > 0 && (
                      <div style={{ marginTop: 6 }}>
                        <PhotoList photos={e.photos} size={56} />
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
          )}
        </Card>
      </Space>

      <ActionModal
        target={acting ? r : null}
        action={acting}
        onClose={() => setActing(null)}
        onDone={(d) => {
          setActing(null);
          setR(d);
          onChanged?.();
        }}
      />

      <ExtensionModal
        requestId={r.id}
        code={r.code}
        clock={extending}
        onClose={() => setExtending(null)}
        onDone={() => {
          setExtending(null);
          void load();
        }}
      />

      <Modal
        title="打印派工单"
        open={printing}
        width={860}
        onCancel={() => setPrinting(false)}
        okText="打印"
        okButtonProps={{ icon: <PrinterOutlined />, 'data-testid': 'print-confirm' }}
        onOk={() => window.print()}
        destroyOnHidden
      >
        <div className="wy-doc-preview">
          <WorkOrderDoc r={r} projectName={project?.name} />
        </div>
      </Modal>
      {printing && (
        <PrintPortal>
          <WorkOrderDoc r={r} projectName={project?.name} />
        </PrintPortal>
      )}
    </Spin>
  );
}
