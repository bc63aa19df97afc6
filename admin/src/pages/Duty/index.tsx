/**
 * 值班记录 (R-SRV-02) and 交接班 (R-SRV-04): the day's duty log, notes, the open-request handover list with
 * a printable 交接班记录, and the handover itself to a named colleague.
 */
import { useCallback, useEffect, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { PrinterOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { localDate, SERVICE_DESK_ROLES, type StaffRole } from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import {
  addDutyNote,
  createShiftHandover,
  getShiftHandoverList,
  listDutyLog,
  listStaff,
  showError,
  showSuccess,
} from '../../services/api';
import type { DutyEntry, RequestSummary, ShiftHandoverList, StaffMember } from '../../services/models';
import RequestDrawer from '../../components/srv/RequestDrawer';
import PrintPortal from '../../components/srv/PrintPortal';
import { formatTime } from '../../utils/time';
import { formatRange, STATUS_COLORS, statusText, urgencyText } from '../../utils/srv';

/** The duty log is kept per local day of the project (Asia/Shanghai), whatever zone the browser is in. */
const PROJECT_TZ = 'Asia/Shanghai';
const projectToday = () => dayjs(localDate(new Date(), PROJECT_TZ));

const KIND: Record<DutyEntry['kind'], { text: string; color: string }> = {
  request: { text: '来电/报事', color: 'blue' },
  note: { text: '值班记事', color: 'gray' },
  handover: { text: '交接班', color: 'green' },
};

function HandoverDoc({
  list,
  entries,
  projectName,
  from,
  date,
}: {
  list: ShiftHandoverList;
  entries: DutyEntry[];
  projectName?: string;
  from?: string;
  date: string;
}) {
  return (
    <div className="wy-doc">
      <h1>{projectName ? `${projectName} ` : ''}交接班记录</h1>
      <div className="wy-doc-sub">
        <span>日期：{date}</span>
        <span>生成时间：{formatTime(list.generatedAt)}</span>
        <span>交班人：{from ?? '________'}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th style={{ width: '5%' }}>序</th>
            <th style={{ width: '17%' }}>单号</th>
            <th style={{ width: '9%' }}>状态</th>
            <th style={{ width: '15%' }}>房屋/位置</th>
            <th>内容</th>
            <th style={{ width: '9%' }}>处理人</th>
            <th style={{ width: '14%' }}>期限</th>
          </tr>
        </thead>
        <tbody>
          {list.openRequests.length ? (
            list.openRequests.map((r, i) => (
              <tr key={r.id}>
                <td>{i + 1}</td>
                <td>
                  {r.code}
                  {r.overdue ? '（超时）' : ''}
                </td>
                <td>{statusText(r.status)}</td>
                <td>{[r.roomLabel, r.location].filter(Boolean).join(' ')}</td>
                <td>
                  [{r.categoryName}·{urgencyText(r.urgency)}] {r.summary}
                </td>
                <td>{r.assigneeName ?? '未派'}</td>
                <td>{formatTime(r.dueAt)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={7} style={{ textAlign: 'center' }}>
                无未完成工单
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th style={{ width: '14%' }}>时间</th>
            <th style={{ width: '12%' }}>记录人</th>
            <th>值班记事</th>
          </tr>
        </thead>
        <tbody>
          {entries.length ? (
            entries.map((e) => (
              <tr key={e.id}>
                <td>{dayjs(e.at).format('HH:mm')}</td>
                <td>{e.staffName}</td>
                <td>
                  {e.requestCode ? `[${e.requestCode}] ` : ''}
                  {e.content}
                </td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3} style={{ height: 40 }} />
            </tr>
          )}
          <tr>
            <th>其他事项</th>
            <td colSpan={2} style={{ height: 60 }} />
          </tr>
        </tbody>
      </table>
      <div className="wy-sign">
        <div>
          交班人签字：
          <span />
        </div>
        <div>
          接班人签字：
          <span />
        </div>
        <div>
          交接时间：
          <span />
        </div>
      </div>
    </div>
  );
}

export default function DutyPage() {
  const { projectId, project } = useProject();
  const { me, access } = useAuth();
  const pid = projectId!;
  const [date, setDate] = useState<Dayjs>(projectToday);
  const [entries, setEntries] = useState<DutyEntry[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [note, setNote] = useState('');
  const [adding, setAdding] = useState(false);
  const [handover, setHandover] = useState<ShiftHandoverList | null>(null);
  const [hoLoading, setHoLoading] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [handing, setHanding] = useState(false);
  const [handSaving, setHandSaving] = useState(false);
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [hoForm] = Form.useForm<{ toStaffId: number; note?: string }>();
  const dateStr = date.format('YYYY-MM-DD');

  const loadLog = useCallback(async () => {
    setLoading(true);
    try {
      setEntries(await listDutyLog(pid, dateStr));
    } catch (e) {
      showError(e);
      setEntries([]);
    } finally {
      setLoading(false);
    }
  }, [pid, dateStr]);
  const loadHandover = useCallback(async () => {
    setHoLoading(true);
    try {
      setHandover(await getShiftHandoverList(pid));
    } catch (e) {
      showError(e);
    } finally {
      setHoLoading(false);
    }
  }, [pid]);
  useEffect(() => {
    void loadLog();
  }, [loadLog]);
  useEffect(() => {
    void loadHandover();
  }, [loadHandover]);

  const openHandover = async () => {
    setHanding(true);
    if (access.staffManage && staff === null) {
      try {
        const list = await listStaff(pid);
        setStaff(
          list.filter((s) => s.id !== me?.id && s.roles.some((r) => (SERVICE_DESK_ROLES as readonly StaffRole[]).includes(r))),
        );
      } catch (e) {
        showError(e);
        setStaff([]);
      }
    }
  };

  const addNote = async () => {
    const c = note.trim();
    if (!c) return;
    setAdding(true);
    try {
      await addDutyNote(pid, c);
      setNote('');
      showSuccess('已记入值班记录');
      if (date.isSame(projectToday(), 'day')) void loadLog();
      else setDate(projectToday());
    } catch (e) {
      showError(e);
    } finally {
      setAdding(false);
    }
  };

  const isToday = date.isSame(projectToday(), 'day');
  return (
    <PageContainer title="值班记录与交接班" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="值班记录"
            style={{ marginBottom: 16 }}
            extra={
              <Space>
                <DatePicker
                  value={date}
                  allowClear={false}
                  onChange={(d) => d && setDate(d)}
                  disabledDate={(d) => d.isAfter(projectToday(), 'day')}
                  data-testid="duty-date"
                />
                <Button icon={<ReloadOutlined />} onClick={() => void loadLog()} />
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
                  onPressEnter={() => void addNote()}
                  data-testid="duty-note"
                />
                <Button type="primary" loading={adding} onClick={() => void addNote()} data-testid="duty-add">
                  记录
                </Button>
              </Space.Compact>
            )}
            {entries === null || loading ? (
              <Table loading size="small" dataSource={[]} columns={[]} />
            ) : entries.length ? (
              <Timeline
                items={entries.map((e) => ({
                  key: e.id,
                  color: KIND[e.kind].color,
                  children: (
                    <div data-testid="duty-entry">
                      <Space size={6} wrap>
                        <Typography.Text strong>{dayjs(e.at).format('HH:mm')}</Typography.Text>
                        <Tag color={KIND[e.kind].color === 'gray' ? 'default' : KIND[e.kind].color}>{KIND[e.kind].text}</Tag>
                        <Typography.Text type="secondary">{e.staffName}</Typography.Text>
                        {e.requestId && <Typography.Link onClick={() => setOpenId(e.requestId)}>{e.requestCode}</Typography.Link>}
                      </Space>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{e.content}</div>
                    </div>
                  ),
                }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${dateStr} 暂无值班记录`} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={`交接班清单 · 未完成工单${handover ? `（${handover.openRequests.length}）` : ''}`}
            extra={
              <Space>
                <Button icon={<ReloadOutlined />} onClick={() => void loadHandover()} loading={hoLoading} />
                <Button
                  icon={<PrinterOutlined />}
                  disabled={!handover}
                  onClick={() => setPrinting(true)}
                  data-testid="print-handover"
                >
                  打印交接班记录
                </Button>
                <Button type="primary" icon={<SwapOutlined />} onClick={() => void openHandover()} data-testid="shift-handover">
                  交接
                </Button>
              </Space>
            }
          >
            {handover && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                生成于 {formatTime(handover.generatedAt)}，所有未完成的报修须交给下一班（R-SRV-04）。
              </Typography.Paragraph>
            )}
            <Table<RequestSummary>
              size="small"
              rowKey="id"
              loading={hoLoading}
              dataSource={handover?.openRequests ?? []}
              pagination={false}
              rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未完成的工单" /> }}
              onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
              scroll={{ x: 700 }}
              columns={[
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
                { title: '内容', dataIndex: 'summary', ellipsis: true },
                { title: '处理人', dataIndex: 'assigneeName', width: 80, render: (v: string | null) => v ?? '未派' },
                {
                  title: '预约',
                  key: 'appt',
                  width: 140,
                  render: (_, r) => <span style={{ fontSize: 12 }}>{formatRange(r.appointmentStart, r.appointmentEnd)}</span>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Modal
        title="打印交接班记录"
        open={printing}
        width={900}
        okText="打印"
        okButtonProps={{ icon: <PrinterOutlined /> }}
        onOk={() => window.print()}
        onCancel={() => setPrinting(false)}
        destroyOnHidden
      >
        {handover && (
          <div className="wy-doc-preview">
            <HandoverDoc list={handover} entries={entries ?? []} projectName={project?.name} from={me?.name} date={dateStr} />
          </div>
        )}
      </Modal>
      {printing && handover && (
        <PrintPortal>
          <HandoverDoc list={handover} entries={entries ?? []} projectName={project?.name} from={me?.name} date={dateStr} />
        </PrintPortal>
      )}

      <Modal
        title="交接班"
        open={handing}
        onCancel={() => setHanding(false)}
        okText="确认交接"
        okButtonProps={{ 'data-testid': 'shift-handover-submit' }}
        confirmLoading={handSaving}
        destroyOnHidden
        onOk={async () => {
          let v: { toStaffId: number; note?: string };
          try {
            v = await hoForm.validateFields();
          } catch {
            return;
          }
          setHandSaving(true);
          try {
            await createShiftHandover(pid, v.toStaffId, v.note?.trim() || undefined);
            showSuccess('交接完成，已记入值班记录');
            setHanding(false);
            hoForm.resetFields();
            void loadLog();
            void loadHandover();
          } catch (e) {
            showError(e);
          } finally {
            setHandSaving(false);
          }
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`将 ${handover?.openRequests.length ?? 0} 张未完成工单交给下一班，交接记录写入值班记录。`}
        />
        <Form form={hoForm} layout="vertical" preserve={false}>
          {staff && staff.length ? (
            <Form.Item name="toStaffId" label="接班人" rules={[{ required: true, message: '请选择接班人' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="选择下一班的客服"
                data-testid="handover-staff"
                options={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.username}）` }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="toStaffId"
              label="接班人员工编号"
              rules={[{ required: true, message: '请填写接班人员工编号' }]}
              extra="可在员工列表中查看编号"
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="handover-staff" />
            </Form.Item>
          )}
          <Form.Item name="note" label="交接说明">
            <Input.TextArea rows={3} maxLength={300} showCount placeholder="需要下一班重点跟进的事项" />
          </Form.Item>
        </Form>
      </Modal>
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void loadHandover()} />
    </PageContainer>
  );
}
