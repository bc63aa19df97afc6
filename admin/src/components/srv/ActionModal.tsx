/** One ModalForm per repair action, with only the fields that action needs (R-REP-04…09, R-SRV-08). */
import { useEffect, useState } from 'react';
import {
  ModalForm,
  ProFormDateTimePicker,
  ProFormDateTimeRangePicker,
  ProFormDigit,
  ProFormItem,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Alert, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CALLBACK_METHOD_LABELS,
  DEFAULT_REPAIR_SLA,
  DISPATCH_MODE_LABELS,
  DISPATCH_MODES,
  dueAt,
  formatYuan,
  parseYuan,
  REPAIR_ACTION_LABELS,
  REPAIR_MACHINE,
  SATISFACTION_LABELS,
  type DispatchMode,
  type RepairAction,
} from '@wy/shared';
import { actOnRequest, listCatalogue, listTechnicians, showError, showSuccess } from '../../services/api';
import type { ActionBody, CatalogueItem, RequestDetail, RequestSummary, Technician } from '../../services/models';
import { toOptions } from '../../utils/enums';
import { PhotoUpload } from './Photos';
import SignaturePad from './SignaturePad';

type Target = Pick<
  RequestSummary,
  'id' | 'code' | 'urgency' | 'requiredBy' | 'projectId' | 'summary' | 'categoryId' | 'categoryName'
> &
  Partial<Pick<RequestDetail, 'chargeKind' | 'priceFen'>>;

interface Values {
  reason?: string;
  note?: string;
  mode?: DispatchMode;
  assigneeStaffId?: number;
  assigneeTeam?: string;
  requiredBy?: Dayjs | string;
  appointment?: [Dayjs | string, Dayjs | string];
  materials?: { name: string; spec?: string; quantity: number; unit?: string }[];
  result?: string;
  fee?: string;
  photoIds?: number[];
  signature?: string;
  method?: ActionBody['method'];
  satisfaction?: ActionBody['satisfaction'];
  comment?: string;
}

const iso = (v: Dayjs | string | undefined) => (v ? dayjs(v).toISOString() : undefined);

const REASON_PLACEHOLDER: Partial<Record<RepairAction, string>> = {
  transfer: '如：技工请假，转给其他技工',
  return: '如：非本专业范围，退回重新派单',
  reschedule: '如：技工前一单超时未能按时到场，已向业主致歉',
  pause: '如：需更换整套龙头，已告知业主费用变化，等待业主同意（R-REP-14）',
  cancel: '如：业主来电表示已自行修好',
  reopen: '如：回访时业主反映仍有渗水',
};

function defaultRequiredBy(t: Target): Dayjs {
  if (t.requiredBy && dayjs(t.requiredBy).isAfter(dayjs())) return dayjs(t.requiredBy);
  const d = DEFAULT_REPAIR_SLA.resolve[t.urgency];
  return dayjs(dueAt(new Date(), d, { timeZone: 'Asia/Shanghai', holidays: [] }));
}

export default function ActionModal({
  target,
  action,
  onClose,
  onDone,
}: {
  target: Target | null;
  action: RepairAction | null;
  onClose: () => void;
  onDone: (d: RequestDetail) => void;
}) {
  const open = !!target && !!action;
  const [techs, setTechs] = useState<Technician[] | null>(null);
  /** the request's category in the catalogue, for its round-robin rota; false = could not load */
  const [rotaOf, setRotaOf] = useState<CatalogueItem | null | false>(null);
  const needsAssignee = action === 'dispatch' || action === 'transfer';
  useEffect(() => {
    if (!open || !needsAssignee || !target) return;
    listTechnicians(target.projectId).then(setTechs, (e) => {
      showError(e);
      setTechs([]);
    });
    setRotaOf(null);
    listCatalogue(target.projectId).then(
      (items) => setRotaOf(items.find((c) => c.id === target.categoryId) ?? false),
      () => setRotaOf(false),
    );
  }, [open, needsAssignee, target]);

  if (!target || !action) return null;
  const label = REPAIR_ACTION_LABELS[action];
  const needsReason = !!REPAIR_MACHINE[action].needsReason;
  const paid = target.chargeKind === 'paid';

  const submit = async (v: Values) => {
    const body: ActionBody = {};
    if (v.reason?.trim()) body.reason = v.reason.trim();
    if (v.note?.trim()) body.note = v.note.trim();
    if (needsAssignee) {
      if (v.mode === 'pool') body.toPool = true;
      else if (v.mode === 'round_robin') body.roundRobin = true;
      else if (v.mode === 'team') body.assigneeTeam = v.assigneeTeam?.trim();
      else if (v.assigneeStaffId) body.assigneeStaffId = v.assigneeStaffId;
      if (v.requiredBy) body.requiredBy = iso(v.requiredBy);
    }
    if (action === 'reschedule' && v.appointment) {
      body.appointmentStart = iso(v.appointment[0]);
      body.appointmentEnd = iso(v.appointment[1]);
    }
    if (action === 'finish') {
      body.materials = (v.materials ?? [])
        .filter((m) => m.name?.trim())
        .map((m) => ({
          name: m.name.trim(),
          spec: m.spec?.trim() || undefined,
          quantity: Number(m.quantity),
          unit: m.unit?.trim() || undefined,
        }));
      body.result = v.result?.trim();
      if (v.fee?.trim()) body.feeFen = parseYuan(v.fee);
      if (v.photoIds?.length) body.photoIds = v.photoIds;
    }
    if (action === 'confirm') body.signature = v.signature;
    if (action === 'callback') {
      body.method = v.method;
      body.satisfaction = v.satisfaction;
      if (v.comment?.trim()) body.comment = v.comment.trim();
    }
    try {
      const d = await actOnRequest(target.id, action, body);
      showSuccess(
        action === 'callback' && v.satisfaction === 'dissatisfied'
          ? '已记录回访：客户不满意，工单已重新处理'
          : needsAssignee && v.mode === 'round_robin' && d.assigneeName
            ? `已按类别轮派给 ${d.assigneeName}：${target.code}`
            : `已${label}：${target.code}`,
      );
      onDone(d);
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };

  return (
    <ModalForm<Values>
      key={`${action}-${target.id}`}
      title={`${label} · ${target.code}`}
      open={open}
      width={action === 'finish' || action === 'confirm' ? 640 : 520}
      modalProps={{ destroyOnHidden: true, onCancel: onClose, maskClosable: false }}
      submitter={{
        searchConfig: { submitText: `确认${label}` },
        submitButtonProps: {
          danger: action === 'cancel' || action === 'return',
          'data-testid': 'action-submit',
        },
      }}
      initialValues={{
        mode: 'assign',
        requiredBy: needsAssignee ? defaultRequiredBy(target) : undefined,
        materials: action === 'finish' ? [{ quantity: 1 }] : undefined,
        method: 'phone',
        satisfaction: 'satisfied',
      }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {target.summary}
      </Typography.Paragraph>

      {needsAssignee && (
        <>
          <ProFormRadio.Group
            name="mode"
            label={action === 'dispatch' ? '派给' : '转给'}
            radioType="button"
            options={DISPATCH_MODES.map((m) => ({ value: m, label: DISPATCH_MODE_LABELS[m] }))}
            fieldProps={{ 'data-testid': 'dispatch-mode' } as object}
          />
          <ProFormItem noStyle shouldUpdate={(a: Values, b: Values) => a.mode !== b.mode}>
            {(form) => {
              const mode = form.getFieldValue('mode') as Values['mode'];
              if (mode === 'pool')
                return <Alert type="info" showIcon style={{ marginBottom: 16 }} message="工单进入抢单池，本项目技工均可抢单。" />;
              if (mode === 'round_robin') return <RotaHint item={rotaOf} techs={techs} categoryName={target.categoryName} />;
              if (mode === 'team')
                return (
                  <ProFormText
                    name="assigneeTeam"
                    label="班组或外包单位"
                    placeholder="如：电梯维保单位（XX电梯公司）"
                    rules={[{ required: true, whitespace: true, message: '请填写班组或外包单位名称' }]}
                  />
                );
              return (
                <ProFormSelect
                  name="assigneeStaffId"
                  label="技工"
                  placeholder={techs === null ? '加载中…' : techs.length ? '选择技工' : '本项目暂无技工'}
                  rules={[{ required: true, message: '请选择技工' }]}
                  fieldProps={
                    {
                      loading: techs === null,
                      showSearch: true,
                      optionFilterProp: 'label',
                      'data-testid': 'assignee-select',
                    } as object
                  }
                  options={(techs ?? []).map((t) => ({ value: t.id, label: `${t.name}（在办 ${t.openOrders}）` }))}
                />
              );
            }}
          </ProFormItem>
          <ProFormDateTimePicker
            name="requiredBy"
            label="要求完成时间"
            rules={[{ required: true, message: '请选择要求完成时间' }]}
            fieldProps={{
              format: 'YYYY-MM-DD HH:mm',
              showTime: { format: 'HH:mm' },
              disabledDate: (d: Dayjs) => d.isBefore(dayjs(), 'day'),
            }}
            extra="默认按紧急程度计算（R-REP-13）"
          />
        </>
      )}

      {action === 'reschedule' && (
        <ProFormDateTimeRangePicker
          name="appointment"
          label="新的预约时间"
          rules={[{ required: true, message: '请选择与业主重新约定的时间' }]}
          fieldProps={{ format: 'YYYY-MM-DD HH:mm', showTime: { format: 'HH:mm' } }}
        />
      )}

      {needsReason && (
        <ProFormTextArea
          name="reason"
          label={action === 'reschedule' ? '未按约到场原因' : `${label}原因`}
          placeholder={REASON_PLACEHOLDER[action]}
          rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
          fieldProps={{ maxLength: 200, showCount: true, 'data-testid': 'action-reason' } as object}
        />
      )}

      {action === 'finish' && (
        <>
          <ProFormList
            name="materials"
            label="使用材料"
            creatorButtonProps={{ creatorButtonText: '添加材料' }}
            copyIconProps={false}
          >
            <ProFormItem noStyle>
              <div style={{ display: 'flex', gap: 8 }}>
                <ProFormText name="name" placeholder="名称" width={140} rules={[{ required: true, message: '名称' }]} />
                <ProFormText name="spec" placeholder="规格型号" width={140} />
                <ProFormDigit
                  name="quantity"
                  placeholder="数量"
                  width={80}
                  min={0.01}
                  fieldProps={{ precision: 2 }}
                  rules={[{ required: true, message: '数量' }]}
                />
                <ProFormText name="unit" placeholder="单位" width={70} />
              </div>
            </ProFormItem>
          </ProFormList>
          <ProFormTextArea
            name="result"
            label="处理结果"
            rules={[{ required: true, whitespace: true, message: '请填写处理结果' }]}
            fieldProps={{ maxLength: 500, showCount: true }}
          />
          <ProFormText
            name="fee"
            label="收费（元）"
            placeholder={paid ? '有偿服务，按公布标准收费' : '免费可不填'}
            extra={target.priceFen != null ? `公布标准：${formatYuan(target.priceFen)}` : undefined}
            rules={[
              { required: paid, message: '有偿服务请填写收费金额' },
              {
                validator: async (_: unknown, v?: string) => {
                  if (!v?.trim()) return;
                  const f = parseYuan(v);
                  if (f < 0) throw new Error('金额不能为负数');
                },
              },
            ]}
          />
          <ProFormItem name="photoIds" label="完工照片">
            <PhotoUpload />
          </ProFormItem>
        </>
      )}

      {action === 'confirm' && (
        <ProFormItem name="signature" label="业主签字确认" rules={[{ required: true, message: '请业主签字' }]}>
          <SignaturePad />
        </ProFormItem>
      )}

      {action === 'callback' && (
        <>
          <ProFormRadio.Group
            name="method"
            label="回访方式"
            radioType="button"
            options={toOptions(CALLBACK_METHOD_LABELS)}
            rules={[{ required: true }]}
          />
          <ProFormRadio.Group
            name="satisfaction"
            label="满意度"
            options={toOptions(SATISFACTION_LABELS)}
            rules={[{ required: true, message: '请选择满意度' }]}
            extra="选择「不满意」将重新处理此工单（R-SRV-08）"
          />
          <ProFormTextArea name="comment" label="回访意见" fieldProps={{ maxLength: 300, showCount: true }} />
        </>
      )}

      {action === 'hand_in' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="纸质工单连同收据交回客服中心（R-REP-05）"
          description="交回时间将被记录；尚未录入完工信息的，须在交回后 2 小时内录入。"
        />
      )}

      {!needsReason && action !== 'callback' && action !== 'finish' && (
        <ProFormTextArea
          name="note"
          label="备注"
          placeholder={action === 'hand_in' ? '如：连同收据 1 张、旧阀芯 2 个一并交回' : undefined}
          fieldProps={{ maxLength: 200, 'data-testid': 'action-note' } as object}
        />
      )}
    </ModalForm>
  );
}

/**
 * 按类别轮派: the category's rota in turn order (an empty rota = every technician of the project, by id, as
 * the API does) and whose turn is next (`rotaNext`; a concurrent dispatch may take it first, so the answer
 * names the technician the order actually went to).
 */
function RotaHint({
  item,
  techs,
  categoryName,
}: {
  item: CatalogueItem | null | false;
  techs: Technician[] | null;
  categoryName: string;
}) {
  const own = item ? item.rotaNames : [];
  const names = own.length ? own : [...(techs ?? [])].sort((a, b) => a.id - b.id).map((t) => t.name);
  const message =
    item === false
      ? `无法读取「${categoryName}」的轮派名单，仍可按名单派单`
      : own.length
        ? `按「${categoryName}」的轮派名单，依次派给下一位技工`
        : `「${categoryName}」未设轮派名单，在本项目全部技工中依次轮流`;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={message}
      description={
        item === null || (techs === null && !own.length) ? (
          <Spin size="small" />
        ) : (
          <>
            <div data-testid="rota-names" style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary">轮派顺序：</Typography.Text>
              {names.length ? (
                names.map((n, i) => (
                  <Tag key={`${i}-${n}`} style={{ marginBottom: 4 }}>
                    {i + 1}. {n}
                  </Tag>
                ))
              ) : (
                <Typography.Text type="danger">本项目暂无技工</Typography.Text>
              )}
            </div>
            {item && item.rotaNext ? (
              <div data-testid="rota-next" style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">本单将派给：</Typography.Text>
                <Typography.Text strong>{item.rotaNext.name}</Typography.Text>
              </div>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              已不在本项目的技工自动跳过；派单后提示实际派给的技工。
            </Typography.Text>
          </>
        )
      }
    />
  );
}
