/**
 * 业务受理 / 报事录单: find the room or owner, see who lives there and what is already open, then take a
 * repair. Before creating, the desk checks for the same open problem (R-SRV-05) and offers to link instead.
 */
import { useEffect, useMemo, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { EnvironmentOutlined, HomeOutlined, UserOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CHANNEL_LABELS,
  CHANNELS,
  DEFAULT_REPAIR_SLA,
  dueAt,
  formatPropertyCode,
  formatYuan,
  OCCUPANT_KIND_LABELS,
  OPEN_REPAIR_STATUSES,
  REPAIR_SCOPE_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  type Channel,
  type Urgency,
} from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import {
  createRequest,
  findDuplicates,
  getRoom,
  linkReport,
  listOwners,
  listRepairCategories,
  listRequests,
  listRooms,
  revealOwner,
  showError,
  showSuccess,
} from '../../services/api';
import type { Occupant, PersonSummary, RepairCategory, RequestSummary, Room, RoomDetail } from '../../services/models';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { formatTime } from '../../utils/time';
import { toOptions } from '../../utils/enums';
import { STATUS_COLORS, statusText, URGENCY_COLORS, urgencyText } from '../../utils/srv';

type Mode = 'room' | 'owner';

interface IntakeValues {
  channel: Channel;
  categoryId: number;
  urgency: Urgency;
  description: string;
  location?: string;
  appointment?: [Dayjs, Dayjs] | null;
  requesterName: string;
  requesterPhone: string;
  isImportant?: boolean;
  promisedAt: Dayjs;
}

const CAL = { timeZone: 'Asia/Shanghai', holidays: [] as string[] };
const promiseFor = (u: Urgency) => dayjs(dueAt(new Date(), DEFAULT_REPAIR_SLA.resolve[u], CAL));

export default function IntakePage() {
  const { projectId, project } = useProject();
  const { access } = useAuth();
  const pid = projectId!;
  const [form] = Form.useForm<IntakeValues>();

  const [mode, setMode] = useState<Mode>('room');
  const [keyword, setKeyword] = useState('');
  const [searching, setSearching] = useState(false);
  const [rooms, setRooms] = useState<Room[] | null>(null);
  const [owners, setOwners] = useState<PersonSummary[] | null>(null);

  const [room, setRoom] = useState<RoomDetail | null>(null);
  const [roomLoading, setRoomLoading] = useState(false);
  const [openReqs, setOpenReqs] = useState<RequestSummary[] | null>(null);
  const [requester, setRequester] = useState<number | null>(null);

  const [cats, setCats] = useState<RepairCategory[]>([]);
  const [catsLoading, setCatsLoading] = useState(true);
  const [submitting, setSubmitting] = useState(false);
  const [dups, setDups] = useState<{ list: RequestSummary[]; values: IntakeValues } | null>(null);
  const [linking, setLinking] = useState<number | null>(null);
  const [drawerId, setDrawerId] = useState<number | null>(null);

  useEffect(() => {
    setCatsLoading(true);
    listRepairCategories(pid)
      .then(setCats, showError)
      .finally(() => setCatsLoading(false));
    setRoom(null);
    setRooms(null);
    setOwners(null);
    setOpenReqs(null);
  }, [pid]);

  const categoryId = Form.useWatch('categoryId', form);
  const category = cats.find((c) => c.id === categoryId) ?? null;
  const needsLocation = !room || category?.scope === 'public';

  const catOptions = useMemo(
    () =>
      (['in_home', 'public'] as const).map((scope) => ({
        label: REPAIR_SCOPE_LABELS[scope],
        options: cats
          .filter((c) => c.scope === scope)
          .map((c) => ({
            value: c.id,
            label:
              c.paid && c.priceFen != null
                ? `${c.name}（有偿 ${formatYuan(c.priceFen)}）`
                : c.paid
                  ? `${c.name}（有偿）`
                  : c.name,
          })),
      })),
    [cats],
  );

  const search = async (kw: string) => {
    const k = kw.trim();
    if (!k) return;
    setSearching(true);
    try {
      if (mode === 'room') {
        setRooms((await listRooms({ projectId: pid, keyword: k }, null, 10)).items);
        setOwners(null);
      } else {
        setOwners((await listOwners({ projectId: pid, keyword: k }, null, 10)).items);
        setRooms(null);
      }
    } catch (e) {
      showError(e);
    } finally {
      setSearching(false);
    }
  };

  const loadOpen = async (propertyCode: string) => {
    setOpenReqs(null);
    try {
      const page = await listRequests({ projectId: pid, keyword: propertyCode }, null, 20);
      setOpenReqs(page.items.filter((r) => OPEN_REPAIR_STATUSES.includes(r.status)));
    } catch (e) {
      showError(e);
      setOpenReqs([]);
    }
  };

  const pickOccupant = async (o: Occupant) => {
    setRequester(o.personId);
    form.setFieldsValue({ requesterName: o.name, requesterPhone: '' });
    if (!access.revealPii) return;
    try {
      const r = await revealOwner(o.personId);
      if (r.phone) form.setFieldsValue({ requesterPhone: r.phone });
    } catch (e) {
      showError(e);
    }
  };

  const chooseRoom = async (roomId: number, personId?: number) => {
    setRoomLoading(true);
    try {
      const d = await getRoom(roomId);
      setRoom(d);
      void loadOpen(d.propertyCode);
      const occ = d.occupants.filter((o) => o.status === 'approved');
      const who = occ.find((o) => o.personId === personId) ?? (occ.length === 1 ? occ[0] : undefined);
      if (who) void pickOccupant(who);
      else {
        setRequester(null);
        form.setFieldsValue({ requesterName: undefined, requesterPhone: undefined });
      }
    } catch (e) {
      showError(e);
    } finally {
      setRoomLoading(false);
    }
  };

  const resetAll = () => {
    form.resetFields();
    form.setFieldsValue({ promisedAt: promiseFor('normal') });
    setDups(null);
  };

  const create = async (v: IntakeValues) => {
    const d = await createRequest({
      projectId: pid,
      channel: v.channel,
      categoryId: v.categoryId,
      description: v.description.trim(),
      urgency: v.urgency,
      roomId: room?.id,
      location: v.location?.trim() || undefined,
      requesterPersonId: requester ?? undefined,
      requesterName: v.requesterName.trim(),
      requesterPhone: v.requesterPhone.trim(),
      appointmentStart: v.appointment?.[0]?.toISOString(),
      appointmentEnd: v.appointment?.[1]?.toISOString(),
      isImportant: v.isImportant || undefined,
      promisedAt: v.promisedAt?.toISOString(),
    });
    showSuccess(`已受理：${d.code}，请尽快派单`);
    resetAll();
    if (room) void loadOpen(room.propertyCode);
    setDrawerId(d.id);
  };

  const submit = async (v: IntakeValues) => {
    setSubmitting(true);
    try {
      const list = await findDuplicates({
        projectId: pid,
        categoryId: v.categoryId,
        roomId: room?.id,
        location: room ? undefined : v.location?.trim() || undefined,
      });
      if (list.length) setDups({ list, values: v });
      else await create(v);
    } catch (e) {
      showError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const link = async (target: RequestSummary) => {
    if (!dups) return;
    const v = dups.values;
    setLinking(target.id);
    try {
      await linkReport(target.id, {
        channel: v.channel,
        requesterName: v.requesterName.trim(),
        requesterPhone: v.requesterPhone?.trim() || undefined,
        note: v.description.trim().slice(0, 200),
      });
      showSuccess(`已关联到工单 ${target.code}，未重复建单`);
      resetAll();
      if (room) void loadOpen(room.propertyCode);
      setDrawerId(target.id);
    } catch (e) {
      showError(e);
    } finally {
      setLinking(null);
    }
  };

  const occupants = room?.occupants.filter((o) => o.status === 'approved') ?? [];

  return (
    <PageContainer title="业务受理" subTitle={project ? `${project.code} ${project.name} · 报事录单` : undefined}>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title="查找房屋或业主" size="small" style={{ marginBottom: 16 }}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Segmented<Mode>
                value={mode}
                onChange={(m) => {
                  setMode(m);
                  setRooms(null);
                  setOwners(null);
                }}
                options={[
                  { value: 'room', label: '按房屋', icon: <HomeOutlined /> },
                  { value: 'owner', label: '按业主', icon: <UserOutlined /> },
                ]}
              />
              <Input.Search
                data-testid="intake-search"
                placeholder={mode === 'room' ? '物业编码或房号，如 1011010501 / 0501' : '业主姓名或手机号'}
                enterButton="查询"
                allowClear
                value={keyword}
                loading={searching}
                onChange={(e) => setKeyword(e.target.value)}
                onSearch={(k) => void search(k)}
              />
              {rooms && (
                <List<Room>
                  size="small"
                  bordered
                  dataSource={rooms}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到房屋" /> }}
                  renderItem={(r) => (
                    <List.Item
                      data-testid="intake-room"
                      style={{ cursor: 'pointer', background: room?.id === r.id ? '#e6f4ff' : undefined }}
                      onClick={() => void chooseRoom(r.id)}
                    >
                      <List.Item.Meta
                        title={`${r.buildingName} ${r.unit ? r.unit + '单元 ' : ''}${r.roomNo}`}
                        description={`${formatPropertyCode(r.propertyCode)} · ${r.occupantNames.join('、') || '无住户'}`}
                      />
                    </List.Item>
                  )}
                />
              )}
              {owners && (
                <List<PersonSummary>
                  size="small"
                  bordered
                  dataSource={owners}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到业主" /> }}
                  renderItem={(p) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Space>
                            {p.name}
                            <Typography.Text type="secondary">{p.phoneMasked ?? ''}</Typography.Text>
                            {p.isKeyCustomer && <Tag color="gold">重点客户</Tag>}
                          </Space>
                        }
                        description={
                          p.rooms.filter((x) => x.projectId === pid).length ? (
                            <Space wrap size={4}>
                              {p.rooms
                                .filter((x) => x.projectId === pid)
                                .map((x) => (
                                  <Button
                                    key={x.bindingId}
                                    size="small"
                                    data-testid="intake-owner-room"
                                    onClick={() => void chooseRoom(x.roomId, p.id)}
                                  >
                                    {x.roomLabel}（{OCCUPANT_KIND_LABELS[x.kind]}）
                                  </Button>
                                ))}
                            </Space>
                          ) : (
                            '本项目无房屋'
                          )
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Space>
          </Card>

          <Spin spinning={roomLoading}>
            {room ? (
              <>
                <Card
                  size="small"
                  title={
                    <Space>
                      <HomeOutlined />
                      {room.buildingName} {room.unit ? `${room.unit}单元 ` : ''}
                      {room.roomNo}
                    </Space>
                  }
                  extra={<Typography.Text type="secondary">{formatPropertyCode(room.propertyCode)}</Typography.Text>}
                  style={{ marginBottom: 16 }}
                >
                  <Typography.Text type="secondary">住户（点击选为报修人）</Typography.Text>
                  {occupants.length ? (
                    <List<Occupant>
                      size="small"
                      dataSource={occupants}
                      renderItem={(o) => (
                        <List.Item
                          data-testid="intake-occupant"
                          style={{ cursor: 'pointer', background: requester === o.personId ? '#e6f4ff' : undefined }}
                          onClick={() => void pickOccupant(o)}
                        >
                          <Space>
                            <UserOutlined />
                            {o.name}
                            <Tag>{OCCUPANT_KIND_LABELS[o.kind]}</Tag>
                            <Typography.Text type="secondary">{o.phoneMasked ?? ''}</Typography.Text>
                          </Space>
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无已登记住户" />
                  )}
                </Card>
                <Card size="small" title={`进行中的工单${openReqs ? `（${openReqs.length}）` : ''}`} style={{ marginBottom: 16 }}>
                  {openReqs === null ? (
                    <Spin />
                  ) : openReqs.length ? (
                    <List<RequestSummary>
                      size="small"
                      dataSource={openReqs}
                      renderItem={(r) => (
                        <List.Item
                          style={{ cursor: 'pointer' }}
                          onClick={() => setDrawerId(r.id)}
                          extra={<Tag color={STATUS_COLORS[r.status]}>{statusText(r.status)}</Tag>}
                        >
                          <List.Item.Meta
                            title={
                              <Space>
                                {r.code}
                                {r.overdue && <Tag color="red">超时</Tag>}
                              </Space>
                            }
                            description={`${r.categoryName} · ${r.summary}`}
                          />
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该房屋没有进行中的工单" />
                  )}
                </Card>
              </>
            ) : (
              <Card size="small">
                <Empty description="先查找并选择房屋；公共区域报修可不选房屋，直接填写位置" />
              </Card>
            )}
          </Spin>
        </Col>

        <Col xs={24} lg={14}>
          <Card
            title="报修录单"
            size="small"
            extra={
              room ? (
                <Tag color="blue" closable onClose={() => setRoom(null)}>
                  {room.buildingName} {room.roomNo}
                </Tag>
              ) : (
                <Tag icon={<EnvironmentOutlined />}>公共区域</Tag>
              )
            }
          >
            <Form<IntakeValues>
              form={form}
              layout="vertical"
              initialValues={{ channel: 'phone', urgency: 'normal', promisedAt: promiseFor('normal') }}
              onValuesChange={(ch: Partial<IntakeValues>) => {
                if (ch.urgency) form.setFieldsValue({ promisedAt: promiseFor(ch.urgency) });
              }}
              onFinish={submit}
            >
              <Form.Item name="channel" label="来源渠道" rules={[{ required: true }]}>
                <Radio.Group optionType="button" options={toOptions(CHANNEL_LABELS, CHANNELS)} />
              </Form.Item>
              <Row gutter={12}>
                <Col span={14}>
                  <Form.Item name="categoryId" label="报修类别" rules={[{ required: true, message: '请选择报修类别' }]}>
                    <Select
                      data-testid="intake-category"
                      placeholder={catsLoading ? '加载中…' : '选择类别'}
                      loading={catsLoading}
                      showSearch
                      optionFilterProp="label"
                      options={catOptions}
                    />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name="urgency" label="紧急程度" rules={[{ required: true }]}>
                    <Radio.Group optionType="button" options={toOptions(URGENCY_LABELS, URGENCIES)} />
                  </Form.Item>
                </Col>
              </Row>
              {category?.paid && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="intake-price"
                  message={`有偿服务：${category.name} ${category.priceFen != null ? formatYuan(category.priceFen) : ''}`}
                  description={`${category.priceNote ?? '按公布的收费标准收费'}。受理前请先告知客户收费标准（R-REP-02）。`}
                />
              )}
              {needsLocation && (
                <Form.Item
                  name="location"
                  label="具体位置"
                  rules={[{ required: !room, whitespace: true, message: '公共区域报修请填写位置' }]}
                >
                  <Input placeholder="如：A座 5楼 电梯厅" maxLength={100} />
                </Form.Item>
              )}
              <Form.Item
                name="description"
                label="问题描述"
                rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
              >
                <Input.TextArea rows={3} maxLength={500} showCount placeholder="客户描述的问题、现场情况" />
              </Form.Item>
              <Form.Item name="appointment" label="预约上门时间（与客户约定，R-REP-01）">
                <DatePicker.RangePicker
                  showTime={{ format: 'HH:mm', minuteStep: 15 }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  presets={[
                    { label: '今天下午', value: [dayjs().hour(14).minute(0), dayjs().hour(18).minute(0)] },
                    {
                      label: '明天上午',
                      value: [dayjs().add(1, 'day').hour(9).minute(0), dayjs().add(1, 'day').hour(12).minute(0)],
                    },
                    {
                      label: '明天下午',
                      value: [dayjs().add(1, 'day').hour(14).minute(0), dayjs().add(1, 'day').hour(18).minute(0)],
                    },
                  ]}
                />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    name="requesterName"
                    label="报修人"
                    rules={[{ required: true, whitespace: true, message: '请填写报修人' }]}
                  >
                    <Input maxLength={30} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="requesterPhone"
                    label="联系电话"
                    rules={[
                      { required: true, message: '请填写联系电话' },
                      { pattern: /^1\d{10}$/, message: '请输入11位手机号' },
                    ]}
                  >
                    <Input maxLength={11} inputMode="numeric" />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12} align="middle">
                <Col span={14}>
                  <Form.Item
                    name="promisedAt"
                    label="告知客户的处理时间（R-SRV-06）"
                    rules={[{ required: true, message: '请填写告知客户的时间' }]}
                  >
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name="isImportant" valuePropName="checked" label=" ">
                    <Checkbox>重要报修（一个月内二次回访）</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
              <Space>
                <Button type="primary" htmlType="submit" loading={submitting} disabled={catsLoading} data-testid="intake-submit">
                  提交受理
                </Button>
                <Button htmlType="button" onClick={resetAll}>
                  清空
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
      </Row>

      <Modal
        title="发现相同问题的进行中工单"
        open={!!dups}
        width={720}
        onCancel={() => setDups(null)}
        footer={[
          <Button key="cancel" onClick={() => setDups(null)}>
            返回修改
          </Button>,
          <Button
            key="create"
            data-testid="duplicate-create-anyway"
            onClick={() =>
              Modal.confirm({
                title: '确认不是同一问题？',
                content: '重复建单会造成重复派工。只有确认是不同的问题时才新建工单。',
                okText: '仍然新建',
                cancelText: '取消',
                onOk: async () => {
                  if (!dups) return;
                  try {
                    await create(dups.values);
                  } catch (e) {
                    showError(e);
                    throw e;
                  }
                },
              })
            }
          >
            不是同一问题，仍然新建
          </Button>,
        ]}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="同一房屋/位置、同一类别已有进行中的工单（R-SRV-05）。如是同一问题，请关联到原工单，客户的报告会记入原工单的处理过程。"
        />
        <List<RequestSummary>
          dataSource={dups?.list ?? []}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Button
                  key="link"
                  type="primary"
                  loading={linking === r.id}
                  onClick={() => void link(r)}
                  data-testid="duplicate-link"
                  data-request-id={r.id}
                >
                  关联到此单
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Link onClick={() => setDrawerId(r.id)}>{r.code}</Typography.Link>
                    <Tag color={STATUS_COLORS[r.status]}>{statusText(r.status)}</Tag>
                    <Tag color={URGENCY_COLORS[r.urgency]}>{urgencyText(r.urgency)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <div>
                      {r.categoryName} · {[r.roomLabel, r.location].filter(Boolean).join(' · ')} · {r.summary}
                    </div>
                    <Typography.Text type="secondary">
                      {r.requesterName} · 受理于 {formatTime(r.receivedAt)} ·{' '}
                      {r.assigneeName ? `处理人 ${r.assigneeName}` : '未派单'}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Modal>
      <RequestDrawer id={drawerId} onClose={() => setDrawerId(null)} onChanged={() => room && void loadOpen(room.propertyCode)} />
    </PageContainer>
  );
}
