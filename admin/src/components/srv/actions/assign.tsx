/**
 * 派单 / 转单 (R-REP-04): to a technician, a team or outside vendor, the grab pool, or round-robin by the
 * category's rota; with the required-by time, which starts at the order's own or the due time the API
 * computes from the project's SLA settings and calendar (the console never recomputes it).
 */
import { useEffect } from 'react';
import { ProFormDateTimePicker, ProFormRadio, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { Alert, Form, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DISPATCH_MODE_LABELS, DISPATCH_MODES } from '@wy/shared';
import { $api } from '../../../services/api';
import type { CatalogueItem, Technician } from '../../../services/models';
import { pickedInstant, pickerNow, toPicker } from '../../../utils/time';
import type { ActionFieldsProps, ActionForm, ActionTarget, ActionValues } from './types';

/** The order's own required-by time while it is still ahead. */
const ownRequiredBy = (t: ActionTarget) => (t.requiredBy && new Date(t.requiredBy) > new Date() ? t.requiredBy : null);

function AssignFields({ target, action }: ActionFieldsProps) {
  const form = Form.useFormInstance<ActionValues>();
  const byProject = { params: { query: { projectId: target.projectId } } };
  const techs = $api.useQuery('get', '/api/v1/staff/technicians', byProject);
  const catalogue = $api.useQuery('get', '/api/v1/repair-catalogue', byProject);
  const own = ownRequiredBy(target);
  const preview = $api.useQuery(
    'get',
    '/api/v1/sla/due-preview',
    { params: { query: { projectId: target.projectId, kind: 'resolve', urgency: target.urgency } } },
    { enabled: !own },
  );
  // the API's due time arrives after the form opened: fill it in unless the clerk already chose one
  const due = preview.data?.dueAt;
  useEffect(() => {
    if (due && !form.isFieldTouched('requiredBy')) form.setFieldValue('requiredBy', toPicker(due, target.projectId));
  }, [due, form, target.projectId]);

  const mode = Form.useWatch('mode', form);
  const list = techs.data;
  return (
    <>
      <ProFormRadio.Group
        name="mode"
        label={action === 'dispatch' ? '派给' : '转给'}
        radioType="button"
        options={DISPATCH_MODES.map((m) => ({ value: m, label: DISPATCH_MODE_LABELS[m] }))}
        fieldProps={{ 'data-testid': 'dispatch-mode' } as object}
      />
      {mode === 'pool' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="工单进入抢单池，本项目技工均可抢单。" />
      ) : mode === 'round_robin' ? (
        <RotaHint
          item={
            catalogue.isError ? false : catalogue.data ? (catalogue.data.find((c) => c.id === target.categoryId) ?? false) : null
          }
          techs={list ?? null}
          categoryName={target.categoryName}
        />
      ) : mode === 'team' ? (
        <ProFormText
          name="assigneeTeam"
          label="班组或外包单位"
          placeholder="如：电梯维保单位（XX电梯公司）"
          rules={[{ required: true, whitespace: true, message: '请填写班组或外包单位名称' }]}
        />
      ) : (
        <ProFormSelect
          name="assigneeStaffId"
          label="技工"
          placeholder={!list ? '加载中…' : list.length ? '选择技工' : '本项目暂无技工'}
          rules={[{ required: true, message: '请选择技工' }]}
          fieldProps={
            {
              loading: techs.isPending,
              showSearch: true,
              optionFilterProp: 'label',
              'data-testid': 'assignee-select',
            } as object
          }
          options={(list ?? []).map((t) => ({ value: t.id, label: `${t.name}（在办 ${t.openOrders}）` }))}
        />
      )}
      <ProFormDateTimePicker
        name="requiredBy"
        label="要求完成时间"
        rules={[{ required: true, message: '请选择要求完成时间' }]}
        fieldProps={{
          format: 'YYYY-MM-DD HH:mm',
          showTime: { format: 'HH:mm' },
          disabledDate: (d: Dayjs) => d.isBefore(pickerNow(target.projectId), 'day'),
        }}
        extra="默认按本项目的时限设置和节假日计算"
      />
    </>
  );
}

/**
 * 按类别轮派: the category's rota in turn order (an empty rota = every technician of the project, by id, as
 * the API does) and whose turn is next (`rotaNext`; a concurrent dispatch may take it first, so the answer
 * names the technician the order actually went to). `item`: null while loading, false when unreadable.
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

export const assignForm: ActionForm = {
  Fields: AssignFields,
  initialValues: (t) => {
    const own = ownRequiredBy(t);
    return { mode: 'assign', requiredBy: own ? toPicker(own, t.projectId) : undefined };
  },
  body: (v, t) => ({
    ...(v.mode === 'pool'
      ? { toPool: true }
      : v.mode === 'round_robin'
        ? { roundRobin: true }
        : v.mode === 'team'
          ? { assigneeTeam: v.assigneeTeam?.trim() }
          : { assigneeStaffId: v.assigneeStaffId }),
    requiredBy: v.requiredBy ? pickedInstant(v.requiredBy, t.projectId) : undefined,
  }),
  doneText: (d, v, t) => (v.mode === 'round_robin' && d.assigneeName ? `已按类别轮派给 ${d.assigneeName}：${t.code}` : undefined),
};

export const transferForm: ActionForm = { ...assignForm, reasonPlaceholder: '如：技工请假，转给其他技工' };
