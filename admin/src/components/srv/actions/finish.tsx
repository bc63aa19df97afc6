/**
 * 完工 (R-REP-06): materials, the result, the fee (a paid repair's, R-FEE-03 whole fen, never negative) and photos;
 * in a home (R-REP-16) the technician confirms the fee was explained, the owner tried the fix and the site is clean.
 */
import {
  ProFormCheckbox,
  ProFormDependency,
  ProFormDigit,
  ProFormItem,
  ProFormList,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { FINISH_CHECK_LABELS, FINISH_CHECKS, formatYuan, parseYuan, requiredFinishChecks, type FinishCheck } from '@wy/shared';
import { PhotoUpload } from '../Photos';
import type { ActionFieldsProps, ActionForm } from './types';

/** the fee typed, in fen (none when empty or not a number yet) */
const feeOf = (v?: string): number | undefined => {
  if (!v?.trim()) return undefined;
  try {
    return parseYuan(v);
  } catch {
    return undefined;
  }
};

function FinishFields({ target }: ActionFieldsProps) {
  const paid = target.chargeKind === 'paid';
  return (
    <>
      <ProFormList name="materials" label="使用材料" creatorButtonProps={{ creatorButtonText: '添加材料' }} copyIconProps={false}>
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
              if (v?.trim() && parseYuan(v) < 0) throw new Error('金额不能为负数');
            },
          },
        ]}
      />
      {target.scope === 'in_home' && (
        <ProFormDependency name={['fee']}>
          {({ fee }: { fee?: string }) => {
            const required = requiredFinishChecks('in_home', feeOf(fee) ?? null);
            return (
              <ProFormCheckbox.Group
                name="checks"
                label="完工确认"
                layout="vertical"
                fieldProps={{ 'data-testid': 'finish-checks' } as object}
                options={FINISH_CHECKS.filter((k) => required.includes(k)).map((k) => ({
                  value: k,
                  label: FINISH_CHECK_LABELS[k],
                }))}
                rules={[
                  {
                    validator: async (_: unknown, v?: FinishCheck[]) => {
                      const missing = required.filter((k) => !v?.includes(k));
                      if (missing.length) throw new Error(`请确认：${missing.map((k) => FINISH_CHECK_LABELS[k]).join('、')}`);
                    },
                  },
                ]}
              />
            );
          }}
        </ProFormDependency>
      )}
      <ProFormItem name="photoIds" label="完工照片">
        <PhotoUpload />
      </ProFormItem>
    </>
  );
}

export const finishForm: ActionForm = {
  Fields: FinishFields,
  width: 640,
  note: false,
  initialValues: () => ({ materials: [{ name: '', quantity: 1 }] }),
  body: (v, t) => ({
    materials: (v.materials ?? [])
      .filter((m) => m.name?.trim())
      .map((m) => ({
        name: m.name.trim(),
        spec: m.spec?.trim() || undefined,
        quantity: Number(m.quantity),
        unit: m.unit?.trim() || undefined,
      })),
    result: v.result?.trim(),
    feeFen: v.fee?.trim() ? parseYuan(v.fee) : undefined,
    photoIds: v.photoIds?.length ? v.photoIds : undefined,
    ...(t.scope === 'in_home' ? Object.fromEntries(FINISH_CHECKS.map((k) => [k, !!v.checks?.includes(k)])) : {}),
  }),
};
