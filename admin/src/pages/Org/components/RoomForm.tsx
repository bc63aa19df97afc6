import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { checkCodePart, formatArea, parseArea, ROOM_USE_LABELS, type RoomUse } from '@wy/shared';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { Building, Room } from '../../../services/models';
import { toOptions } from '../../../utils/enums';

interface Values {
  buildingId: number;
  roomNo: string;
  unit?: string;
  floor?: number;
  area: string;
  use: RoomUse;
  layout?: string;
  titleNo?: string;
  deliveredOn?: string;
}

interface Props {
  open: boolean;
  room: Room | null;
  buildings: Building[];
  defaultBuildingId?: number;
  onClose: (saved: boolean) => void;
}

export default function RoomForm({ open, room, buildings, defaultBuildingId, onClose }: Props) {
  const isNew = !room;
  return (
    <ModalForm<Values>
      key={room?.id ?? 'new'}
      title={isNew ? '新增房屋' : `编辑房屋 ${room.buildingName} ${room.roomNo}`}
      open={open}
      width={560}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(false) }}
      initialValues={
        room
          ? {
              buildingId: room.buildingId,
              roomNo: room.roomNo,
              unit: room.unit ?? undefined,
              floor: room.floor ?? undefined,
              area: formatArea(room.area),
              use: room.use,
              layout: room.layout ?? undefined,
              titleNo: room.titleNo ?? undefined,
              deliveredOn: room.deliveredOn ?? undefined,
            }
          : { buildingId: defaultBuildingId, use: 'residential' }
      }
      onFinish={async (v) => {
        try {
          const common = {
            unit: v.unit?.trim() || undefined,
            floor: v.floor ?? undefined,
            area: parseArea(v.area),
            use: v.use,
            layout: v.layout?.trim() || undefined,
            titleNo: v.titleNo?.trim() || undefined,
            deliveredOn: v.deliveredOn || undefined,
          };
          if (isNew) {
            await got(client.POST('/api/v1/rooms', { body: { buildingId: v.buildingId, roomNo: v.roomNo, ...common } }));
            showSuccess('房屋已创建');
          } else {
            await got(client.PATCH('/api/v1/rooms/{id}', { params: { path: { id: room.id } }, body: common }));
            showSuccess('房屋已保存');
          }
          onClose(true);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      }}
    >
      <ProFormSelect
        name="buildingId"
        label="楼栋"
        colProps={{ span: 12 }}
        disabled={!isNew}
        showSearch
        options={buildings.map((b) => ({ value: b.id, label: `${b.clusterName} · ${b.name}（${b.code}）` }))}
        rules={[{ required: true, message: '请选择楼栋' }]}
      />
      <ProFormText
        name="roomNo"
        label="房号"
        colProps={{ span: 12 }}
        disabled={!isNew}
        placeholder="4 位数字，如 1203"
        tooltip="物业编码的最后 4 位，创建后不可修改"
        rules={[
          { required: true, message: '请输入房号' },
          {
            validator: async (_, val) => {
              const r = val ? checkCodePart('room', val) : null;
              if (r) throw new Error(r);
            },
          },
        ]}
      />
      <ProFormText name="unit" label="单元" colProps={{ span: 12 }} placeholder="如 1单元" />
      <ProFormDigit name="floor" label="楼层" colProps={{ span: 12 }} min={-10} max={200} fieldProps={{ precision: 0 }} />
      <ProFormText
        name="area"
        label="建筑面积（㎡）"
        colProps={{ span: 12 }}
        placeholder="如 89.25"
        rules={[
          { required: true, message: '请输入建筑面积' },
          {
            validator: async (_, val) => {
              if (!val) return;
              parseArea(val); // throws the Chinese reason
              if (parseArea(val) === 0) throw new Error('面积必须大于 0');
            },
          },
        ]}
      />
      <ProFormSelect
        name="use"
        label="用途"
        colProps={{ span: 12 }}
        options={toOptions(ROOM_USE_LABELS)}
        rules={[{ required: true }]}
      />
      <ProFormText name="layout" label="户型" colProps={{ span: 12 }} placeholder="如 三室两厅" />
      <ProFormDatePicker name="deliveredOn" label="交付日期" colProps={{ span: 12 }} fieldProps={{ style: { width: '100%' } }} />
      <ProFormText name="titleNo" label="产权证号" colProps={{ span: 24 }} />
    </ModalForm>
  );
}
