import { useRef, useState } from 'react';
import { ModalForm, ProFormDependency, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { isPlate, normalizePlate } from '@wy/shared';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { PersonSummary } from '../../../services/models';

interface Values {
  personId: number;
  roomId?: number;
  plate: string;
  model?: string;
  color?: string;
  spaceNo?: string;
}

export default function VehicleForm({
  open,
  projectId,
  onClose,
}: {
  open: boolean;
  projectId: number;
  onClose: (saved: boolean) => void;
}) {
  const owners = useRef(new Map<number, PersonSummary>());
  const [, force] = useState(0);

  return (
    <ModalForm<Values>
      title="登记车辆"
      open={open}
      width={560}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(false) }}
      onFinish={async (v) => {
        try {
          await got(
            client.POST('/api/v1/vehicles', {
              body: {
                projectId,
                personId: v.personId,
                roomId: v.roomId ?? undefined,
                plate: normalizePlate(v.plate),
                model: v.model?.trim() || undefined,
                color: v.color?.trim() || undefined,
                spaceNo: v.spaceNo?.trim() || undefined,
              },
            }),
          );
          showSuccess('车辆已登记');
          onClose(true);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      }}
    >
      <ProFormSelect
        name="personId"
        label="车主"
        colProps={{ span: 12 }}
        showSearch
        placeholder="输入姓名 / 手机号 / 房号搜索"
        debounceTime={300}
        fieldProps={{ filterOption: false }}
        request={async ({ keyWords }) => {
          try {
            const page = await got(
              client.GET('/api/v1/owners', {
                params: { query: { projectId, keyword: keyWords?.trim() || undefined, limit: 20 } },
              }),
            );
            page.items.forEach((p) => owners.current.set(p.id, p));
            force((n) => n + 1);
            return page.items
              .filter((p) => !p.archivedAt)
              .map((p) => ({
                value: p.id,
                label: `${p.name}${p.phoneMasked ? ' ' + p.phoneMasked : ''}${p.rooms[0] ? ' · ' + p.rooms[0].roomLabel : ''}`,
              }));
          } catch (e) {
            showError(e);
            return [];
          }
        }}
        rules={[{ required: true, message: '请选择车主' }]}
      />
      <ProFormDependency name={['personId']}>
        {({ personId }) => {
          const rooms = (owners.current.get(personId as number)?.rooms ?? []).filter((r) => r.status === 'approved');
          return (
            <ProFormSelect
              key={personId ?? 'none'}
              name="roomId"
              label="关联房屋"
              colProps={{ span: 12 }}
              disabled={!personId}
              placeholder={personId ? (rooms.length ? '选择房屋（选填）' : '该车主没有已绑定的房屋') : '请先选择车主'}
              options={rooms.map((r) => ({ value: r.roomId, label: r.roomLabel }))}
              initialValue={rooms.length === 1 ? rooms[0]!.roomId : undefined}
            />
          );
        }}
      </ProFormDependency>
      <ProFormText
        name="plate"
        label="车牌号"
        colProps={{ span: 12 }}
        placeholder="如 粤B12345 或 粤BD12345"
        fieldProps={{ style: { textTransform: 'uppercase' } }}
        rules={[
          { required: true, message: '请输入车牌号' },
          {
            validator: async (_, v?: string) => {
              if (v && !isPlate(normalizePlate(v))) throw new Error('车牌号格式不正确');
            },
          },
        ]}
      />
      <ProFormText name="spaceNo" label="车位号" colProps={{ span: 12 }} placeholder="选填" />
      <ProFormText name="model" label="品牌车型" colProps={{ span: 12 }} placeholder="选填，如 比亚迪 汉" />
      <ProFormText name="color" label="颜色" colProps={{ span: 12 }} placeholder="选填" />
    </ModalForm>
  );
}
