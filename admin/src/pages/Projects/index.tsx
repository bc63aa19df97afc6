import { useRef, useState } from 'react';
import {
  ModalForm,
  PageContainer,
  ProFormSelect,
  ProFormText,
  ProTable,
  type ActionType,
  type ProColumns,
} from '@ant-design/pro-components';
import { Button, Empty } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { checkCodePart, PROJECT_KIND_LABELS, type ProjectKind } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { createProject, listProjects, showError, showSuccess, updateProject } from '../../services/api';
import type { Project } from '../../services/models';
import { toOptions, toValueEnum } from '../../utils/enums';

interface FormValues {
  code: string;
  name: string;
  kind: ProjectKind;
  address?: string;
  servicePhone?: string;
}

export default function ProjectsPage() {
  const access = useAccess();
  const { reload: reloadSwitcher } = useProject();
  const actionRef = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<Project | 'new' | null>(null);

  const columns: ProColumns<Project>[] = [
    { title: '项目编码', dataIndex: 'code', width: 100 },
    { title: '项目名称', dataIndex: 'name' },
    { title: '类型', dataIndex: 'kind', valueEnum: toValueEnum(PROJECT_KIND_LABELS), width: 110 },
    { title: '地址', dataIndex: 'address', ellipsis: true },
    { title: '客服电话', dataIndex: 'servicePhone', width: 140 },
    { title: '楼栋', dataIndex: 'buildingCount', width: 80, align: 'right' },
    { title: '房屋', dataIndex: 'roomCount', width: 80, align: 'right' },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      hideInTable: !access.projectWrite,
      render: (_, row) => [
        <a key="edit" onClick={() => setEditing(row)}>
          编辑
        </a>,
      ],
    },
  ];

  const isNew = editing === 'new';
  const current = editing && editing !== 'new' ? editing : null;

  return (
    <PageContainer title="项目管理">
      <ProTable<Project>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        search={false}
        options={{ reload: true, density: false, setting: false }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无项目" /> }}
        request={async () => {
          try {
            return { data: await listProjects(), success: true };
          } catch (e) {
            showError(e);
            return { data: [], success: false };
          }
        }}
        toolBarRender={() =>
          access.projectWrite
            ? [
                <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  新建项目
                </Button>,
              ]
            : []
        }
      />
      <ModalForm<FormValues>
        key={isNew ? 'new' : (current?.id ?? 'none')}
        title={isNew ? '新建项目' : `编辑项目 ${current?.code ?? ''}`}
        open={!!editing}
        width={520}
        modalProps={{ destroyOnHidden: true, onCancel: () => setEditing(null) }}
        initialValues={
          current
            ? {
                code: current.code,
                name: current.name,
                kind: current.kind,
                address: current.address ?? undefined,
                servicePhone: current.servicePhone ?? undefined,
              }
            : { kind: 'residential' }
        }
        onFinish={async (v) => {
          try {
            if (isNew) {
              await createProject({
                code: v.code,
                name: v.name.trim(),
                kind: v.kind,
                address: v.address || undefined,
                servicePhone: v.servicePhone || undefined,
              });
              showSuccess('项目已创建');
            } else if (current) {
              await updateProject(current.id, {
                name: v.name.trim(),
                kind: v.kind,
                address: v.address ?? '',
                servicePhone: v.servicePhone ?? '',
              });
              showSuccess('项目已保存');
            }
            setEditing(null);
            actionRef.current?.reload();
            void reloadSwitcher();
            return true;
          } catch (e) {
            showError(e);
            return false;
          }
        }}
      >
        <ProFormText
          name="code"
          label="项目编码"
          disabled={!isNew}
          tooltip="3 位数字，是物业编码的前三位，创建后不可修改"
          placeholder="如 101"
          rules={[
            { required: true, message: '请输入项目编码' },
            {
              validator: async (_, v) => {
                const r = v ? checkCodePart('project', v) : null;
                if (r) throw new Error(r);
              },
            },
          ]}
        />
        <ProFormText name="name" label="项目名称" rules={[{ required: true, whitespace: true, message: '请输入项目名称' }]} />
        <ProFormSelect name="kind" label="项目类型" options={toOptions(PROJECT_KIND_LABELS)} rules={[{ required: true }]} />
        <ProFormText name="address" label="地址" />
        <ProFormText name="servicePhone" label="客服电话" placeholder="业主在小程序中一键拨打的号码" />
      </ModalForm>
    </PageContainer>
  );
}
