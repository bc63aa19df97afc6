/**
 * A room's move-in at the desk (R-MOV-02…05): the five steps in order with the current one's form — 核验身份
 * (each document ticked, the notice's original collected), 资料与协议 (both agreements, 托收), 缴费 (the bills
 * raised through billing and paid at the 收银台; the step passes only once billing says paid), 验房 (meters,
 * defect lines, the owner's signature on the printed form), 交钥匙 (the register) — the times against the
 * limits (R-MOV-03), the defect lines with their progress and the sheet sent to the developer (R-MOV-04), the
 * printed 入伙验房表 and 房屋遗留问题登记表, and the timeline.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Steps,
  Table,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  MOVEIN_AGREEMENTS,
  MOVEIN_AGREEMENT_LABELS,
  MOVEIN_COLLECTIONS,
  MOVEIN_COLLECTION_LABELS,
  MOVEIN_DEFAULT_KEYS,
  MOVEIN_DEFECT_STATUS_LABELS,
  MOVEIN_IDENTITY_DOCS,
  MOVEIN_IDENTITY_DOC_LABELS,
  formatYuan,
  type MoveInAction,
  type MoveInDefectStatus,
} from '@wy/shared';
import { WorkflowDetail } from '../../components/workflow/WorkflowDetail';
import SignaturePad from '../../components/srv/SignaturePad';
import StepsCard from '../../components/StepsCard';
import PrintDialog from '../../components/PrintDialog';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import { formatTime } from '../../utils/time';
import DefectsDoc from './DefectsDoc';
import { Minutes, MoveInStatusTag } from './display';
import InspectionDoc from './InspectionDoc';
import type { MoveIn, StepBody } from './types';

const useStep = () => $api.useMutation('post', '/api/v1/move-ins/{id}/actions/{action}');

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/move-ins/{id}', { params: { path: { id } } });
  return (
    <WorkflowDetail query={q} notFound="入伙记录不存在" onChanged={onChanged}>
      {(m, changed) => <Detail m={m} onChanged={changed} />}
    </WorkflowDetail>
  );
}

function Detail({ m, onChanged }: { m: MoveIn; onChanged: () => void }) {
  const { project } = useProject();
  const [printing, setPrinting] = useState<'inspection' | 'defects' | null>(null);
  const [sending, setSending] = useState(false);
  const t = (v: string | null | undefined) => (v ? formatTime(v, m.projectId) : '—');
  const current = m.steps.findIndex((s) => s.state === 'current');
  const projectName = project?.name ?? m.projectName;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="movein-detail">
      <Card size="small">
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="房屋">{m.roomLabel}</Descriptions.Item>
          <Descriptions.Item label="购房人">
            {m.buyerName} <span data-latin-ok>{m.buyerPhone ?? ''}</span>
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <MoveInStatusTag status={m.status} label={m.statusLabel} testId="movein-detail-status" />
          </Descriptions.Item>
          <Descriptions.Item label="建筑面积">{(m.area / 100).toFixed(2)} 平方米</Descriptions.Item>
          <Descriptions.Item label="批次" span={2}>
            {m.batchName}
          </Descriptions.Item>
          <Descriptions.Item label="到场">{t(m.arrivedAt)}</Descriptions.Item>
          <Descriptions.Item label="等候">
            <Minutes value={m.timing.waitMinutes} ok={m.timing.waitOk} limit={m.timing.waitLimit} testId="movein-wait" />
          </Descriptions.Item>
          <Descriptions.Item label="办理">
            <Minutes value={m.timing.handleMinutes} ok={m.timing.handleOk} limit={m.timing.handleLimit} testId="movein-handle" />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="办理步骤">
        <Steps
          size="small"
          current={m.status === 'done' ? m.steps.length : Math.max(current, m.stepsDone)}
          status={m.status === 'done' ? 'finish' : 'process'}
          items={m.steps.map((s) => ({ title: s.label }))}
          data-testid="movein-steps"
        />
        <div style={{ marginTop: 16 }}>
          <StepPanel m={m} onDone={onChanged} />
        </div>
      </Card>
      {m.bills.length > 0 && (
        <Card size="small" title="入伙费用">
          <Table
            size="small"
            rowKey="billId"
            pagination={false}
            dataSource={m.bills}
            columns={[
              { title: '项目', dataIndex: 'title' },
              { title: '金额', dataIndex: 'totalFen', width: 140, render: (v: number) => formatYuan(v) },
              { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => (v === 'paid' ? '已缴' : '待缴') },
              { title: '收据号', dataIndex: 'receiptNo', width: 200, render: (v: string | null) => <span data-latin-ok>{v ?? '—'}</span> },
            ]}
          />
        </Card>
      )}
      {(m.meters || m.defectLines.length > 0) && (
        <Card
          size="small"
          title={`房屋遗留问题（${m.defectLines.length} 项）`}
          extra={
            m.defectLines.length > 0 && !m.defectsSentAt ? (
              <Button size="small" onClick={() => setSending(true)} data-testid="movein-send-defects">
                登记送达开发商
              </Button>
            ) : null
          }
        >
          {m.meters && (
            <Typography.Paragraph>
              表底数：水表 {m.meters.water}，电表 {m.meters.electricity}
              {m.meters.gas ? `，燃气表 ${m.meters.gas}` : ''}（{m.inspectionSigned === 'screen' ? '业主屏幕签名' : '业主纸质签字'}，
              {t(m.inspectedAt)}）
            </Typography.Paragraph>
          )}
          {m.defectsSentAt && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={`《房屋遗留问题登记表》已于 ${t(m.defectsSentAt)} 送达${m.developerName}：${m.defectsSentNote ?? ''}（${m.defectsSentByName ?? ''}）`}
              data-testid="movein-defects-sent"
            />
          )}
          <DefectTable m={m} onDone={onChanged} />
        </Card>
      )}
      {m.keys.length > 0 && (
        <Card size="small" title="钥匙及物品移交">
          {m.keys.map((k) => `${k.name}×${k.quantity}`).join('、')}（{m.keysSigned === 'screen' ? '业主屏幕签名' : '业主纸质签字'}）
        </Card>
      )}
      <Card size="small" title="打印">
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting('inspection')} data-testid="movein-print-inspection">
            入伙验房表
          </Button>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => setPrinting('defects')}
            disabled={!m.defectLines.length}
            data-testid="movein-print-defects"
          >
            房屋遗留问题登记表
          </Button>
        </Space>
      </Card>
      <StepsCard steps={m.timeline} projectId={m.projectId} />
      <PrintDialog
        title={printing === 'defects' ? '房屋遗留问题登记表' : '入伙验房表'}
        open={printing !== null}
        onClose={() => setPrinting(null)}
        width={860}
        printTestId="movein-print-go"
      >
        {printing === 'defects' ? <DefectsDoc m={m} projectName={projectName} /> : <InspectionDoc m={m} projectName={projectName} />}
      </PrintDialog>
      {sending && (
        <SendModal
          m={m}
          onClose={() => setSending(false)}
          onDone={() => {
            setSending(false);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}

/** The form of the step to take now: only the allowed one is offered, the API refuses the others with the reason. */
function StepPanel({ m, onDone }: { m: MoveIn; onDone: () => void }) {
  // each step's form is its own (a new form store per step, its initial values applied)
  return <StepForm key={m.allowedActions[0] ?? m.status} m={m} onDone={onDone} />;
}

function StepForm({ m, onDone }: { m: MoveIn; onDone: () => void }) {
  const step = useStep();
  const bills = $api.useMutation('post', '/api/v1/move-ins/{id}/bills');
  const [form] = Form.useForm();
  const action = m.allowedActions[0] as MoveInAction | undefined;
  const run = async (a: MoveInAction, body: StepBody, done: string) => {
    await step.mutateAsync({ params: { path: { id: m.id, action: a } }, body });
    showSuccess(done);
    onDone();
  };
  if (m.status === 'done')
    return <Alert type="success" showIcon message={`已于 ${formatTime(m.finishedAt!, m.projectId)} 办结入伙，购房人已登记为该房屋业主`} />;
  if (action === 'arrive')
    return (
      <Button type="primary" loading={step.isPending} onClick={() => void run('arrive', {}, '已登记到场，开始计算等候时间')} data-testid="movein-arrive">
        登记业主到场
      </Button>
    );
  if (action === 'start')
    return (
      <Button type="primary" loading={step.isPending} onClick={() => void run('start', {}, '开始办理')} data-testid="movein-start">
        开始办理
      </Button>
    );
  type Shape = (v: Record<string, unknown>) => StepBody | Promise<StepBody>;
  const submit = (a: MoveInAction, done: string, shape: Shape) => async () => {
    const v = await form.validateFields();
    await run(a, await shape(v), done);
  };
  const ok = (text: string, a: MoveInAction, done: string, shape: Shape) => (
    <Button type="primary" loading={step.isPending} onClick={() => void submit(a, done, shape)()} data-testid={`movein-do-${a}`}>
      {text}
    </Button>
  );
  if (action === 'identity')
    return (
      <Form form={form} layout="vertical" data-testid="movein-form-identity">
        <Form.Item
          name="identityDocs"
          label="核验资料（逐项勾选）"
          rules={[{ required: true, type: 'array', len: MOVEIN_IDENTITY_DOCS.length, message: '请逐项核验全部资料' }]}
        >
          <Checkbox.Group options={MOVEIN_IDENTITY_DOCS.map((d) => ({ value: d, label: MOVEIN_IDENTITY_DOC_LABELS[d] }))} />
        </Form.Item>
        <Form.Item name="note" label="办理人（本人或受托人）">
          <Input maxLength={100} placeholder="如：业主本人；或受托人姓名及委托书" />
        </Form.Item>
        {ok('核验通过', 'identity', '身份核验完成', (v) => ({ identityDocs: v.identityDocs as StepBody['identityDocs'], note: (v.note as string) || undefined }))}
      </Form>
    );
  if (action === 'agreements')
    return (
      <Form form={form} layout="vertical" data-testid="movein-form-agreements">
        <Form.Item
          name="agreements"
          label="已签署"
          rules={[{ required: true, type: 'array', len: MOVEIN_AGREEMENTS.length, message: '请签署全部协议' }]}
        >
          <Checkbox.Group options={MOVEIN_AGREEMENTS.map((d) => ({ value: d, label: MOVEIN_AGREEMENT_LABELS[d] }))} />
        </Form.Item>
        <Form.Item name="collection" label="银行托收" rules={[{ required: true, message: '请选择银行托收' }]}>
          <Radio.Group options={MOVEIN_COLLECTIONS.map((c) => ({ value: c, label: MOVEIN_COLLECTION_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="collectionNote" label="托收说明">
          <Input maxLength={100} placeholder="如：开户银行（不填写完整账号）" />
        </Form.Item>
        {ok('签署完成', 'agreements', '资料与协议已完成', (v) => ({
          agreements: v.agreements as StepBody['agreements'],
          collection: v.collection as 'set_up' | 'declined',
          collectionNote: (v.collectionNote as string) || undefined,
        }))}
      </Form>
    );
  if (action === 'fees') {
    const unpaid = m.bills.filter((b) => b.status !== 'paid');
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid="movein-form-fees">
        {m.bills.length === 0 ? (
          <Space>
            <Button
              loading={bills.isPending}
              onClick={() =>
                void bills.mutateAsync({ params: { path: { id: m.id } } }).then(() => {
                  showSuccess('入伙费用账单已生成，请到收银台收款');
                  onDone();
                })
              }
              data-testid="movein-bills"
            >
              生成入伙费用账单
            </Button>
            <Typography.Text type="secondary">按建筑面积和批次的收费标准生成；本批次未设收费的可直接确认。</Typography.Text>
          </Space>
        ) : unpaid.length ? (
          <Alert
            type="warning"
            showIcon
            message={`尚有 ${unpaid.length} 笔入伙费用未缴，共 ${formatYuan(unpaid.reduce((s, b) => s + b.totalFen, 0))}`}
            description={
              <span>
                请业主在 <Link to="/cashier">收银台</Link> 或小程序“物业缴费”中缴纳，缴清后查验票据。
              </span>
            }
          />
        ) : (
          <Alert type="success" showIcon message="入伙费用已全部缴清" />
        )}
        {ok('已查验缴费票据', 'fees', '缴费已确认', () => ({}))}
      </Space>
    );
  }
  if (action === 'inspection')
    return (
      <Form form={form} layout="vertical" data-testid="movein-form-inspection" initialValues={{ defects: [] }}>
        <Space wrap>
          <Form.Item name={['meters', 'water']} label="水表底数" rules={[{ required: true, pattern: /^\d{1,7}(\.\d{1,2})?$/, message: '请填写水表底数' }]}>
            <Input style={{ width: 140 }} inputMode="decimal" data-testid="movein-water" />
          </Form.Item>
          <Form.Item name={['meters', 'electricity']} label="电表底数" rules={[{ required: true, pattern: /^\d{1,7}(\.\d{1,2})?$/, message: '请填写电表底数' }]}>
            <Input style={{ width: 140 }} inputMode="decimal" data-testid="movein-electricity" />
          </Form.Item>
          <Form.Item name={['meters', 'gas']} label="燃气表底数（无燃气可不填）" rules={[{ pattern: /^\d{1,7}(\.\d{1,2})?$/, message: '请填写数字' }]}>
            <Input style={{ width: 140 }} inputMode="decimal" data-testid="movein-gas" />
          </Form.Item>
        </Space>
        <Form.List name="defects">
          {(fields, { add, remove }) => (
            <>
              <Typography.Text strong>房屋遗留问题</Typography.Text>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'place']} rules={[{ required: true, whitespace: true, message: '请填写部位' }]}>
                    <Input placeholder="部位，如 主卧窗户" maxLength={40} style={{ width: 180 }} data-testid={`movein-defect-place-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} rules={[{ required: true, whitespace: true, message: '请填写问题描述' }]}>
                    <Input placeholder="问题描述" maxLength={200} style={{ width: 380 }} data-testid={`movein-defect-desc-${i}`} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除这一项" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} style={{ margin: '8px 0 16px' }} data-testid="movein-defect-add">
                添加一项遗留问题
              </Button>
            </>
          )}
        </Form.List>
        <Signature paperLabel="业主已在打印的《入伙验房表》上签字确认" testId="movein-paper-signed" />
        {ok('验房完成', 'inspection', '验房已完成', async (v) => {
          const meters = v.meters as { water: string; electricity: string; gas?: string };
          return {
            meters: { water: meters.water, electricity: meters.electricity, ...(meters.gas ? { gas: meters.gas } : {}) },
            defects: (v.defects as { place: string; description: string }[]) ?? [],
            ...(await signed(v)),
          };
        })}
      </Form>
    );
  if (action === 'keys')
    return (
      <Form form={form} layout="vertical" data-testid="movein-form-keys" initialValues={{ keys: MOVEIN_DEFAULT_KEYS.map((k) => ({ ...k })) }}>
        <Form.List name="keys">
          {(fields, { add, remove }) => (
            <>
              <Typography.Text strong>移交登记（物品与数量）</Typography.Text>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}>
                    <Input maxLength={40} style={{ width: 320 }} aria-label="物品名称" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: '请填写数量' }]}>
                    <InputNumber min={1} max={999} precision={0} addonAfter="件" aria-label="数量" />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除这一项" />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ quantity: 1 })} icon={<PlusOutlined />} style={{ margin: '8px 0 16px' }}>
                添加物品
              </Button>
            </>
          )}
        </Form.List>
        <Signature paperLabel="业主已在钥匙及物品移交登记上签字领取" testId="movein-keys-signed" />
        {ok('交钥匙，办结入伙', 'keys', '入伙已办结', async (v) => ({
          keys: (v.keys as { name: string; quantity: number }[]).map((k) => ({ name: k.name.trim(), quantity: k.quantity })),
          ...(await signed(v)),
        }))}
      </Form>
    );
  return null;
}

/** The owner signs on the screen, or on the printed form (ticked): one of the two. */
function Signature({ paperLabel, testId }: { paperLabel: string; testId: string }) {
  return (
    <>
      <Form.Item name="signature" label="业主签名（在屏幕上签名；或在打印的表上签字后勾选下方）">
        <SignaturePad />
      </Form.Item>
      <Form.Item
        name="paperSigned"
        valuePropName="checked"
        dependencies={['signature']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              v || getFieldValue('signature') ? Promise.resolve() : Promise.reject(new Error('请业主在屏幕上签名，或在纸质表上签字后勾选')),
          }),
        ]}
      >
        <Checkbox data-testid={testId}>{paperLabel}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The signature as the step sends it: the screen signature uploaded (its id), else the paper tick. */
async function signed(v: Record<string, unknown>): Promise<{ signatureId?: number; paperSigned?: boolean }> {
  const dataUrl = v.signature as string | undefined;
  if (!dataUrl) return { paperSigned: true };
  const up = await got(
    client.POST('/api/v1/uploads', {
      body: { fileName: 'signature.png', contentType: 'image/png', contentBase64: dataUrl.replace(/^data:image\/png;base64,/, '') },
    }),
  );
  return { signatureId: up.id };
}

function DefectTable({ m, onDone }: { m: MoveIn; onDone: () => void }) {
  const move = $api.useMutation('post', '/api/v1/move-in-defects/{id}/progress');
  const to = (id: number, status: MoveInDefectStatus) =>
    Modal.confirm({
      title: `改为“${MOVEIN_DEFECT_STATUS_LABELS[status]}”？`,
      content: status === 'fixed' ? '业主将在小程序中看到“已整改”，并可确认或反馈仍未修好。' : '业主将在小程序中看到新的进度。',
      okText: '确定',
      cancelText: '取消',
      onOk: async () => {
        await move.mutateAsync({ params: { path: { id } }, body: { to: status } });
        showSuccess('进度已更新');
        onDone();
      },
    });
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={m.defectLines}
      locale={{ emptyText: '验房未发现遗留问题' }}
      columns={[
        { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
        { title: '部位', dataIndex: 'place', width: 140 },
        { title: '问题描述', dataIndex: 'description' },
        {
          title: '进度',
          dataIndex: 'statusLabel',
          width: 160,
          render: (v: string, d) => (
            <span data-testid="movein-defect-status">
              {v}
              {d.progressNote ? <Typography.Text type="secondary">（{d.progressNote}）</Typography.Text> : null}
            </span>
          ),
        },
        {
          title: '操作',
          key: 'op',
          width: 170,
          render: (_, d) =>
            m.defectsSentAt ? (
              <Space>
                {d.allowedMoves.map((s) => (
                  <Button key={s} size="small" onClick={() => to(d.id, s as MoveInDefectStatus)} data-testid={`movein-defect-${s}`}>
                    {MOVEIN_DEFECT_STATUS_LABELS[s as MoveInDefectStatus]}
                  </Button>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">送达开发商后跟进</Typography.Text>
            ),
        },
      ]}
    />
  );
}

function SendModal({ m, onClose, onDone }: { m: MoveIn; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const send = $api.useMutation('post', '/api/v1/move-ins/{id}/defects-sent');
  const submit = async () => {
    const v = await form.validateFields();
    await send.mutateAsync({ params: { path: { id: m.id } }, body: { note: v.note.trim() } });
    showSuccess('已登记送达开发商');
    onDone();
  };
  return (
    <Modal
      title="登记《房屋遗留问题登记表》送达开发商"
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="登记送达"
      okButtonProps={{ 'data-testid': 'movein-send-ok' } as never}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        登记后，业主可在小程序中看到已提交{m.developerName}整改，之后可逐项登记整改进度。送达只登记一次。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="note" label="送达方式及签收人" rules={[{ required: true, whitespace: true, min: 2, message: '请填写送达方式及签收人' }]}>
          <Input maxLength={100} placeholder="如：专人送达开发商工程部，王工签收" data-testid="movein-send-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
