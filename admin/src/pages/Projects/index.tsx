/**
 * 项目管理: the projects in scope, filtered (code or name, kind) and paged on the server; head office creates
 * and edits them, and switches each project's owner features.
 */
import { useRef, useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { checkCodePart, PROJECT_KIND_LABELS, type ProjectKind } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import type { Project } from '../../services/models';
import { toOptions, toValueEnum } from '../../utils/enums';
import ModulesSwitch from './ModulesSwitch';
import PageContainer from '../../components/PageContainer';
import type { ListColumn } from '../../components/table/DataTable';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import LinkButton from '../../components/LinkButton';
import FormSelect from '../../components/FormSelect';

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
  const table = useRef<TableAction>(undefined);
  const [form] = Form.useForm<FormValues>();
  const create = $api.useMutation('post', '/api/v1/projects');
  const update = $api.useMutation('patch', '/api/v1/projects/{id}');
  const [editing, setEditing] = useState<Project | 'new' | null>(null);

  const columns: ListColumn<Project>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '项目编码或名称' } },
    { title: '项目编码', dataIndex: 'code', width: 100, search: false },
    { title: '项目名称', dataIndex: 'name', search: false },
    { title: '类型', dataIndex: 'kind', valueEnum: toValueEnum(PROJECT_KIND_LABELS), width: 110 },
    { title: '地址', dataIndex: 'address', ellipsis: true, search: false },
    { title: '客服电话', dataIndex: 'servicePhone', width: 140, search: false },
    { title: '楼栋', dataIndex: 'buildingCount', width: 80, align: 'right', search: false },
    { title: '房屋', dataIndex: 'roomCount', width: 80, align: 'right', search: false },
    { title: '业主端功能', width: 100, search: false, render: (_, row) => <ModulesSwitch project={row} /> },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      hideInTable: !access.projectWrite,
      render: (_, row) => [
        <LinkButton key="edit" onClick={() => setEditing(row)}>
          编辑
        </LinkButton>,
      ],
    },
  ];

  const isNew = editing === 'new';
  const current = editing && editing !== 'new' ? editing : null;

  return (
    <PageContainer title="项目管理">
      <KeysetTable<Project>
        path="/api/v1/projects/list"
        actionRef={table}
        rowKey="id"
        headerTitle="项目"
        columns={columns}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/projects/list', {
              params: {
                query: {
                  keyword: f.keyword as string | undefined,
                  kind: f.kind as ProjectKind | undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        emptyText="没有符合条件的项目"
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
      <Modal
        title={isNew ? '新建项目' : `编辑项目 ${current?.code ?? ''}`}
        open={!!editing}
        width={520}
        destroyOnHidden
        onCancel={() => setEditing(null)}
        okText="保存"
        okButtonProps={{ loading: create.isPending || update.isPending }}
        onOk={() => form.submit()}
      >
        <Form<FormValues>
          key={isNew ? 'new' : (current?.id ?? 'none')}
          form={form}
          layout="vertical"
          preserve={false}
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
          onFinish={(v) => {
            const saved = (text: string) => () => {
              showSuccess(text);
              setEditing(null);
              table.current?.reload();
              void reloadSwitcher();
            };
            if (isNew)
              create.mutate(
                {
                  body: {
                    code: v.code,
                    name: v.name.trim(),
                    kind: v.kind,
                    address: v.address || undefined,
                    servicePhone: v.servicePhone || undefined,
                  },
                },
                { onSuccess: saved('项目已创建') },
              );
            else if (current)
              update.mutate(
                {
                  params: { path: { id: current.id } },
                  body: { name: v.name.trim(), kind: v.kind, address: v.address ?? '', servicePhone: v.servicePhone ?? '' },
                },
                { onSuccess: saved('项目已保存') },
              );
          }}
        >
          <Form.Item
            name="code"
            label="项目编码"
            tooltip="3 位数字，是物业编码的前三位，创建后不可修改"
            rules={[
              { required: true, message: '请输入项目编码' },
              {
                validator: async (_, v) => {
                  const r = v ? checkCodePart('project', v) : null;
                  if (r) throw new Error(r);
                },
              },
            ]}
          >
            <Input disabled={!isNew} placeholder="如 101" />
          </Form.Item>
          <Form.Item name="name" label="项目名称" rules={[{ required: true, whitespace: true, message: '请输入项目名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label="项目类型" rules={[{ required: true, message: '请选择项目类型' }]}>
            <FormSelect options={toOptions(PROJECT_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="address" label="地址">
            <Input />
          </Form.Item>
          <Form.Item name="servicePhone" label="客服电话">
            <Input placeholder="业主在小程序中一键拨打的号码" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
