import { ModalForm, ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { isMobilePhone, isResidentIdNumber, OCCUPANT_KIND_LABELS, type OccupantKind } from '@wy/shared';
import RoomSelect from '../../../components/RoomSelect';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { PersonDetail } from '../../../services/models';
import { toOptions } from '../../../utils/enums';

interface Values {
  buildingId?: number;
  roomId?: number;
  kind?: OccupantKind;
  name: string;
  phone?: string;
  idNumber?: string;
  isKeyCustomer?: boolean;
  note?: string;
}

const phoneRule = (required: boolean) => ({
  validator: async (_: unknown, v?: string) => {
    if (!v) {
      if (required) throw new Error('请输入手机号');
      return;
    }
    if (!isMobilePhone(v.trim())) throw new Error('请输入 11 位手机号');
  },
});
const idRule = {
  validator: async (_: unknown, v?: string) => {
    if (v && !isResidentIdNumber(v.trim())) throw new Error('身份证号格式或校验位不正确');
  },
};

/** New owner (with the room they are bound to) or edit of an existing one. */
export default function OwnerForm({
  open,
  projectId,
  owner,
  onClose,
}: {
  open: boolean;
  projectId: number;
  owner: PersonDetail | null;
  onClose: (saved: PersonDetail | null) => void;
}) {
  const isNew = !owner;
  return (
    <ModalForm<Values>
      key={owner?.id ?? 'new'}
      title={isNew ? '新增业主/住户' : `编辑档案：${owner.name}`}
      open={open}
      width={600}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(null) }}
      initialValues={
        owner
          ? { name: owner.name, isKeyCustomer: owner.isKeyCustomer, note: owner.note ?? undefined }
          : { kind: 'owner', isKeyCustomer: false }
      }
      onFinish={async (v) => {
        try {
          let saved: PersonDetail;
          if (isNew) {
            saved = await got(
              client.POST('/api/v1/owners', {
                body: {
                  projectId,
                  roomId: v.roomId!,
                  kind: v.kind!,
                  name: v.name.trim(),
                  phone: v.phone!.trim(),
                  idNumber: v.idNumber?.trim() || undefined,
                  isKeyCustomer: !!v.isKeyCustomer,
                  note: v.note?.trim() || undefined,
                },
              }),
            );
            showSuccess('档案已创建，房屋绑定已生效');
          } else {
            saved = await got(
              client.PATCH('/api/v1/owners/{id}', {
                params: { path: { id: owner.id } },
                body: {
                  name: v.name.trim(),
                  phone: v.phone?.trim() || undefined,
                  idNumber: v.idNumber?.trim() || undefined,
                  isKeyCustomer: !!v.isKeyCustomer,
                  note: v.note?.trim() ?? '',
                },
              }),
            );
            showSuccess('档案已保存');
          }
          onClose(saved);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      }}
    >
      {isNew && (
        <>
          <RoomSelect projectId={projectId} />
          <ProFormSelect
            name="kind"
            label="身份"
            colProps={{ span: 12 }}
            options={toOptions(OCCUPANT_KIND_LABELS)}
            rules={[{ required: true, message: '请选择身份' }]}
          />
        </>
      )}
      <ProFormText
        name="name"
        label="姓名"
        colProps={{ span: 12 }}
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 50 }]}
      />
      <ProFormText
        name="phone"
        label="手机号"
        colProps={{ span: 12 }}
        placeholder={isNew ? '11 位手机号' : `当前 ${owner.phoneMasked ?? '未登记'}，不改请留空`}
        rules={[phoneRule(isNew)]}
      />
      <ProFormText
        name="idNumber"
        label="身份证号"
        colProps={{ span: 12 }}
        placeholder={isNew ? '选填' : `当前 ${owner.idNumberMasked ?? '未登记'}，不改请留空`}
        rules={[idRule]}
      />
      <ProFormSwitch
        name="isKeyCustomer"
        label="重点客户"
        colProps={{ span: 12 }}
        tooltip="如长者独居、投诉多发、物业重点关注对象"
      />
      <ProFormTextArea name="note" label="备注" colProps={{ span: 24 }} fieldProps={{ maxLength: 200, showCount: true }} />
    </ModalForm>
  );
}
