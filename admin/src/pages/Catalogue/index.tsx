/**
 * 报修类别与收费标准 (R-REP-02 published fee catalogue, R-REP-03 public areas are free, R-REP-04 dispatch rota).
 * Everyone at the desk reads it; `catalogue.write` edits. Prices are typed in yuan and sent as fen.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { fenToYuanString, formatYuan, parseYuan, REPAIR_SCOPE_LABELS, REPAIR_SCOPES, type RepairScope } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, errorText, got, showSuccess } from '../../services/api';
import LoadFailed from '../../components/LoadFailed';
import type { CatalogueItem, Technician } from '../../services/models';
import { toOptions } from '../../utils/enums';
import RotaPicker from './RotaPicker';
import PageContainer from '../../components/PageContainer';

interface Values {
  code: string;
  name: string;
  scope: RepairScope;
  paid: boolean;
  price?: string;
  priceNote?: string;
  sort: number;
  active: boolean;
  rota: number[];
}

function EditModal({
  item,
  projectId,
  techs,
  onClose,
  onSaved,
}: {
  /** null = closed; 'new' = create */
  item: CatalogueItem | 'new' | null;
  projectId: number;
  techs: Technician[] | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isNew = item === 'new';
  const cur = item && item !== 'new' ? item : null;
  const scope = Form.useWatch('scope', form);
  const paid = Form.useWatch('paid', form);

  useEffect(() => setError(null), [item]);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const priceFen = v.price?.trim() ? parseYuan(v.price) : null;
    const common = {
      name: v.name.trim(),
      paid: v.scope === 'public' ? false : v.paid,
      priceFen,
      priceNote: v.priceNote?.trim() ?? '',
      sort: v.sort,
      active: v.active,
      rota: v.rota,
    };
    try {
      if (cur) await got(client.PUT('/api/v1/repair-catalogue/{id}', { params: { path: { id: cur.id } }, body: common }));
      else
        await got(
          client.POST('/api/v1/repair-catalogue', {
            body: { ...common, projectId, code: v.code.trim(), scope: v.scope },
          }),
        );
      showSuccess(cur ? `已保存：${common.name}` : `已新增类别：${common.name}`);
      onSaved();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const names = new Map<number, string>((cur?.rota ?? []).map((id, i) => [id, cur!.rotaNames[i] ?? `#${id}`]));
  return (
    <Modal
      title={cur ? `编辑报修类别 · ${cur.name}` : '新增报修类别'}
      open={item !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: saving }}
      maskClosable={false}
      destroyOnHidden
      width={600}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          cur
            ? {
                code: cur.code,
                name: cur.name,
                scope: cur.scope,
                paid: cur.paid,
                price: cur.priceFen === null ? '' : fenToYuanString(cur.priceFen),
                priceNote: cur.priceNote ?? '',
                sort: cur.sort,
                active: cur.active,
                rota: cur.rota,
              }
            : { scope: 'in_home', paid: false, sort: 100, active: true, rota: [] }
        }
      >
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item
            name="code"
            label="类别编码"
            style={{ width: 160 }}
            rules={[
              { required: true, whitespace: true, message: '请填写编码' },
              { pattern: /^[A-Z0-9-]+$/, message: '只能用大写字母、数字和连字符' },
            ]}
            extra={isNew ? '保存后不能修改' : undefined}
          >
            <Input maxLength={20} disabled={!isNew} placeholder="如 LOCK" />
          </Form.Item>
          <Form.Item
            name="name"
            label="类别名称"
            style={{ flex: 1, minWidth: 240 }}
            rules={[{ required: true, whitespace: true, message: '请填写类别名称' }]}
          >
            <Input maxLength={50} placeholder="如 门锁维修" />
          </Form.Item>
        </Space>
        <Space size={24} style={{ display: 'flex' }} align="start">
          <Form.Item name="scope" label="范围" extra={isNew ? '保存后不能修改' : undefined}>
            <Radio.Group
              optionType="button"
              disabled={!isNew}
              options={toOptions(REPAIR_SCOPE_LABELS, REPAIR_SCOPES)}
              onChange={(e) => e.target.value === 'public' && form.setFieldValue('paid', false)}
            />
          </Form.Item>
          <Form.Item
            name="paid"
            label="有偿服务"
            valuePropName="checked"
            extra={scope === 'public' ? '公共区域报修免费' : undefined}
          >
            <Switch checkedChildren="有偿" unCheckedChildren="免费" disabled={scope === 'public'} />
          </Form.Item>
          <Form.Item name="sort" label="排序" rules={[{ required: true, message: '请填写排序' }]}>
            <InputNumber min={0} max={9999} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item
            name="price"
            label="收费标准（元）"
            style={{ width: 180 }}
            dependencies={['paid']}
            rules={[
              {
                validator: async (_, v?: string) => {
                  if (!v?.trim()) return;
                  if (parseYuan(v) < 0) throw new Error('金额不能为负数');
                },
              },
            ]}
          >
            <Input prefix="¥" placeholder={paid ? '如 80' : '免费可不填'} maxLength={12} />
          </Form.Item>
          <Form.Item
            name="priceNote"
            label="收费说明"
            style={{ flex: 1, minWidth: 260 }}
            dependencies={['paid', 'price']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, v?: string) => {
                  if (getFieldValue('paid') && !getFieldValue('price')?.trim() && !v?.trim())
                    throw new Error('有偿类别须公布收费标准：填写金额或收费说明');
                },
              }),
            ]}
          >
            <Input maxLength={100} placeholder="如 人工费30元/次，材料另计" />
          </Form.Item>
        </Space>
        <Form.Item
          name="rota"
          label="轮派名单（按顺序轮流）"
          extra="「按类别轮派」时按此顺序依次派给下一位技工；不在岗的技工自动跳过"
        >
          <RotaPicker techs={techs} names={names} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function CataloguePage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const canEdit = access.catalogueWrite;
  const [editing, setEditing] = useState<CatalogueItem | 'new' | null>(null);
  const list = $api.useQuery('get', '/api/v1/repair-catalogue', { params: { query: { projectId: pid } } });
  // the rota picker's technicians: only for those who edit
  const technicians = $api.useQuery(
    'get',
    '/api/v1/staff/technicians',
    { params: { query: { projectId: pid } } },
    { enabled: canEdit },
  );
  const techs: Technician[] | null = technicians.data ?? (technicians.isError ? [] : null);
  const reload = () => void list.refetch();
  const update = $api.useMutation('put', '/api/v1/repair-catalogue/{id}');
  const toggling = update.isPending ? update.variables?.params.path.id : null;
  const toggle = (c: CatalogueItem, active: boolean) =>
    update.mutate(
      { params: { path: { id: c.id } }, body: { active } },
      {
        onSuccess: () => {
          showSuccess(`${c.name}已${active ? '启用' : '停用'}`);
          reload();
        },
      },
    );

  return (
    <PageContainer
      title="报修类别与收费标准"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={reload} loading={list.isFetching}>
            刷新
          </Button>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="catalogue-new">
              新增类别
            </Button>
          )}
        </Space>
      }
    >
      <Card size="small">
        {!canEdit && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message="收费标准向业主公开。如需调整类别、价格或轮派名单，请联系客服主管或工程主管。"
          />
        )}
        {list.isError && !list.data ? (
          <LoadFailed error={list.error} onRetry={reload} />
        ) : (
          <Table<CatalogueItem>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data ?? []}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无报修类别" /> }}
            onRow={(c) => ({ 'data-testid': 'catalogue-row', 'data-code': c.code }) as React.HTMLAttributes<HTMLElement>}
            rowClassName={(c) => (c.active ? '' : 'wy-row-inactive')}
            columns={[
              { title: '排序', dataIndex: 'sort', width: 64 },
              {
                title: '类别名称',
                dataIndex: 'name',
                width: 150,
                render: (v: string, c) => (c.active ? v : <Typography.Text type="secondary">{v}</Typography.Text>),
              },
              {
                title: '范围',
                dataIndex: 'scope',
                width: 90,
                render: (v: RepairScope) => <Tag color={v === 'public' ? 'blue' : 'purple'}>{REPAIR_SCOPE_LABELS[v]}</Tag>,
              },
              {
                title: '收费',
                dataIndex: 'paid',
                width: 70,
                render: (v: boolean) => (v ? <Tag color="orange">有偿</Tag> : <Tag>免费</Tag>),
              },
              {
                title: '收费标准',
                dataIndex: 'priceFen',
                width: 110,
                align: 'right',
                render: (v: number | null) => (v === null ? '—' : formatYuan(v)),
              },
              {
                title: '收费说明',
                dataIndex: 'priceNote',
                ellipsis: true,
                render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                title: '轮派名单',
                dataIndex: 'rotaNames',
                width: 240,
                render: (v: string[]) =>
                  v.length ? (
                    <Space size={[4, 4]} wrap>
                      {v.map((n, i) => (
                        <Tag key={`${i}-${n}`} color={n.startsWith('#') ? 'default' : 'geekblue'}>
                          {i + 1}. {n}
                        </Tag>
                      ))}
                    </Space>
                  ) : (
                    <Tooltip title="按类别轮派时在本项目全部技工中轮流">
                      <Typography.Text type="secondary">全部技工</Typography.Text>
                    </Tooltip>
                  ),
              },
              {
                title: '启用',
                dataIndex: 'active',
                width: 80,
                render: (v: boolean, c) => (
                  <Switch
                    size="small"
                    checked={v}
                    disabled={!canEdit}
                    loading={toggling === c.id}
                    onChange={(on) => toggle(c, on)}
                    aria-label={`启用${c.name}`}
                    data-testid="catalogue-active"
                  />
                ),
              },
              ...(canEdit
                ? [
                    {
                      title: '操作',
                      key: 'op',
                      width: 80,
                      fixed: 'right' as const,
                      render: (_: unknown, c: CatalogueItem) => (
                        <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(c)}>
                          编辑
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <EditModal
        item={editing}
        projectId={pid}
        techs={techs}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </PageContainer>
  );
}
