import { ModalForm, ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { checkCodePart } from '@wy/shared';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { Building, Cluster } from '../../../services/models';

const codeRule = (part: 'cluster' | 'building') => ({
  validator: async (_: unknown, v: string) => {
    const r = v ? checkCodePart(part, v) : null;
    if (r) throw new Error(r);
  },
});

export function ClusterForm({
  open,
  projectId,
  onClose,
}: {
  open: boolean;
  projectId: number;
  onClose: (saved: boolean) => void;
}) {
  return (
    <ModalForm<{ code: string; name: string }>
      title="新增组团"
      open={open}
      width={420}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(false) }}
      onFinish={async (v) => {
        try {
          await got(
            client.POST('/api/v1/projects/{projectId}/clusters', {
              params: { path: { projectId } },
              body: { code: v.code, name: v.name.trim() },
            }),
          );
          showSuccess('组团已创建');
          onClose(true);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      }}
    >
      <ProFormText
        name="code"
        label="组团编码"
        placeholder="1 位数字"
        tooltip="物业编码第 4 位；没有分期/组团的项目用 1"
        rules={[{ required: true, message: '请输入组团编码' }, codeRule('cluster')]}
      />
      <ProFormText
        name="name"
        label="组团名称"
        placeholder="如 一期"
        rules={[{ required: true, whitespace: true, message: '请输入组团名称' }]}
      />
    </ModalForm>
  );
}

export function BuildingForm({
  open,
  projectId,
  clusters,
  building,
  defaultClusterId,
  onClose,
}: {
  open: boolean;
  projectId: number;
  clusters: Cluster[];
  building: Building | null;
  defaultClusterId?: number;
  onClose: (saved: boolean) => void;
}) {
  const isNew = !building;
  return (
    <ModalForm<{ clusterId: number; code: string; name: string; floors?: number }>
      key={building?.id ?? 'new'}
      title={isNew ? '新增楼栋' : `编辑楼栋 ${building.name}`}
      open={open}
      width={460}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(false) }}
      initialValues={
        building
          ? { clusterId: building.clusterId, code: building.code, name: building.name, floors: building.floors ?? undefined }
          : { clusterId: defaultClusterId ?? clusters[0]?.id }
      }
      onFinish={async (v) => {
        try {
          if (isNew) {
            await got(
              client.POST('/api/v1/projects/{projectId}/buildings', {
                params: { path: { projectId } },
                body: { clusterId: v.clusterId, code: v.code, name: v.name.trim(), floors: v.floors ?? undefined },
              }),
            );
            showSuccess('楼栋已创建');
          } else {
            await got(
              client.PATCH('/api/v1/buildings/{id}', {
                params: { path: { id: building.id } },
                body: { name: v.name.trim(), floors: v.floors ?? undefined },
              }),
            );
            showSuccess('楼栋已保存');
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
        name="clusterId"
        label="所属组团"
        disabled={!isNew}
        options={clusters.map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))}
        rules={[{ required: true, message: '请选择组团' }]}
      />
      <ProFormText
        name="code"
        label="楼栋编码"
        disabled={!isNew}
        placeholder="2 位数字，如 02"
        tooltip="物业编码第 5–6 位，创建后不可修改"
        rules={[{ required: true, message: '请输入楼栋编码' }, codeRule('building')]}
      />
      <ProFormText
        name="name"
        label="楼栋名称"
        placeholder="如 2栋"
        rules={[{ required: true, whitespace: true, message: '请输入楼栋名称' }]}
      />
      <ProFormDigit name="floors" label="地上层数" min={1} max={200} fieldProps={{ precision: 0 }} />
    </ModalForm>
  );
}
