/**
 * 收费项目 (R-FEE-01): the project's fee items with their basis — by area × unit price a month, fixed per
 * room a month, metered with tiered prices, or one-off — the due day, the rooms they apply to and the late
 * fee rule owners read (R-FEE-05). Prices are typed in 元 and sent as integer fen (R-FEE-03, shared
 * parseYuan); the API's Chinese refusals are shown in the form. A price change applies to bills run after it.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  FEE_BASES,
  FEE_BASIS_LABELS,
  FEE_CATEGORIES,
  FEE_CATEGORY_LABELS,
  fenToYuanString,
  formatArea,
  parseArea,
  parseYuan,
  ROOM_USE_LABELS,
  ROOM_USES,
  type FeeBasis,
  type FeeCategory,
  type RoomUse,
} from '@wy/shared';
import type { components } from '@wy/shared/api';
import { useProject } from '../../project';
import { $api, errorText, showSuccess, useRefresh } from '../../services/api';
import { toOptions } from '../../utils/enums';
import PageContainer from '../../components/PageContainer';
import DataTable, { type ListColumn } from '../../components/table/DataTable';

type FeeItem = components['schemas']['FeeItemDto'];
type Tier = { upTo?: string; unit?: string };
interface Values {
  code?: string;
  name: string;
  category: FeeCategory;
  basis: FeeBasis;
  unit?: string;
  tiers?: Tier[];
  meterUnit?: string;
  roomUse?: RoomUse | null;
  dueDay?: number;
  lateFeePerTenThousand?: number;
  lateFeeGraceDays?: number;
  lateFeeCapPercent?: number;
  basisNote?: string;
}

const yuanRule = (required: boolean) => ({
  validator: async (_: unknown, v?: string) => {
    if (!v?.trim()) {
      if (required) throw new Error('请填写单价');
      return;
    }
    parseYuan(v);
  },
});
const qtyRule = {
  validator: async (_: unknown, v?: string) => {
    if (v?.trim()) parseArea(v);
  },
};

/** What a fee item's price reads like in the list: 13.80 元/㎡·月, 15.00 元/户·月, or its tiers. */
export function priceText(f: FeeItem): string {
  const y = fenToYuanString(f.unitFen);
  if (f.basis === 'area') return `${y} 元/㎡·月`;
  if (f.basis === 'fixed') return `${y} 元/户·月`;
  if (f.basis === 'one_off') return f.unitFen ? `默认 ${y} 元` : '按次填写金额';
  const unit = f.meterUnit ?? '';
  const qty = (h: number) => formatArea(h).replace(/\.00$/, '');
  let prev = 0;
  return f.tiers
    .map((t) => {
      const range = t.upTo === null ? `${qty(prev)}${unit}以上` : `${qty(prev)}–${qty(t.upTo)}${unit}`;
      if (t.upTo !== null) prev = t.upTo;
      return `${range}：${fenToYuanString(t.unitFen)} 元${unit ? `/${unit}` : ''}`;
    })
    .join('；');
}

function ItemModal({
  projectId,
  editing,
  open,
  onClose,
}: {
  projectId: number;
  editing: FeeItem | null;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const basis = Form.useWatch('basis', form) ?? editing?.basis;
  const create = $api.useMutation('post', '/api/v1/fee-items');
  const update = $api.useMutation('patch', '/api/v1/fee-items/{id}');
  const refresh = useRefresh();
  const [problem, setProblem] = useState<string | null>(null);

  const initial: Partial<Values> = editing
    ? {
        name: editing.name,
        category: editing.category as FeeCategory,
        basis: editing.basis as FeeBasis,
        unit: editing.basis === 'metered' ? undefined : fenToYuanString(editing.unitFen),
        tiers: editing.tiers.map((t) => ({
          upTo: t.upTo === null ? undefined : formatArea(t.upTo),
          unit: fenToYuanString(t.unitFen),
        })),
        meterUnit: editing.meterUnit ?? undefined,
        roomUse: (editing.roomUse as RoomUse | null) ?? null,
        dueDay: editing.dueDay,
        lateFeePerTenThousand: editing.lateFeePerTenThousand,
        lateFeeGraceDays: editing.lateFeeGraceDays,
        lateFeeCapPercent: editing.lateFeeCapPercent,
        basisNote: editing.basisNote ?? undefined,
      }
    : {
        category: 'management',
        basis: 'area',
        dueDay: 25,
        lateFeePerTenThousand: 0,
        lateFeeGraceDays: 0,
        lateFeeCapPercent: 100,
        tiers: [{ upTo: undefined, unit: undefined }],
      };

  const submit = async () => {
    const v = await form.validateFields();
    setProblem(null);
    const tiers =
      v.basis === 'metered'
        ? (v.tiers ?? []).map((t) => ({ upTo: t.upTo?.trim() ? parseArea(t.upTo) : null, unitFen: parseYuan(t.unit ?? '') }))
        : undefined;
    const common = {
      name: v.name.trim(),
      unitFen: v.basis === 'metered' ? undefined : v.unit?.trim() ? parseYuan(v.unit) : 0,
      tiers,
      dueDay: v.dueDay,
      lateFeePerTenThousand: v.lateFeePerTenThousand,
      lateFeeGraceDays: v.lateFeeGraceDays,
      lateFeeCapPercent: v.lateFeeCapPercent,
      basisNote: v.basisNote?.trim() || undefined,
    };
    try {
      if (editing) await update.mutateAsync({ params: { path: { id: editing.id } }, body: common });
      else
        await create.mutateAsync({
          body: {
            ...common,
            projectId,
            code: (v.code ?? '').trim(),
            category: v.category,
            basis: v.basis,
            meterUnit: v.basis === 'metered' ? v.meterUnit?.trim() || undefined : undefined,
            roomUse: v.roomUse ?? undefined,
          },
        });
    } catch (e) {
      setProblem(errorText(e));
      return;
    }
    showSuccess(editing ? '收费项目已保存' : '收费项目已新增');
    await refresh('/api/v1/fee-items');
    onClose();
  };

  return (
    <Modal
      title={editing ? `编辑收费项目 · ${editing.name}` : '新增收费项目'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'fee-item-submit' } as ButtonProps}
      width={720}
      maskClosable={false}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false} data-testid="fee-item-form">
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="fee-item-problem" />}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="code"
              label="编码"
              rules={editing ? [] : [{ required: true, whitespace: true, message: '请填写编码' }]}
              extra={editing ? '编码创建后不能修改' : '字母、数字、下划线或短横线，如 WYF'}
            >
              <Input maxLength={20} disabled={!!editing} placeholder={editing?.code} data-testid="fee-item-code" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
              <Input maxLength={40} placeholder="如 物业服务费" data-testid="fee-item-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select
                options={toOptions(FEE_CATEGORY_LABELS, FEE_CATEGORIES)}
                disabled={!!editing}
                data-testid="fee-item-category"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="basis" label="计费方式" rules={[{ required: true, message: '请选择计费方式' }]}>
              <Select options={toOptions(FEE_BASIS_LABELS, FEE_BASES)} disabled={!!editing} data-testid="fee-item-basis" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="roomUse" label="适用房屋" extra={editing ? '适用范围创建后不能修改' : '不选则适用本项目全部房屋'}>
              <Select
                allowClear
                disabled={!!editing}
                placeholder="全部房屋"
                options={toOptions(ROOM_USE_LABELS, ROOM_USES)}
                data-testid="fee-item-room-use"
              />
            </Form.Item>
          </Col>
        </Row>
        {basis === 'metered' ? (
          <>
            <Form.Item name="meterUnit" label="计量单位">
              <Input
                maxLength={10}
                placeholder="如 吨、度"
                style={{ width: 160 }}
                disabled={!!editing}
                data-testid="fee-item-meter-unit"
              />
            </Form.Item>
            <Typography.Text strong>阶梯价</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              每档填写用量上限和单价，最后一档不填上限（表示以上全部）。
            </Typography.Paragraph>
            <Form.List name="tiers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                      <span style={{ width: 48 }}>第 {i + 1} 档</span>
                      <Form.Item name={[f.name, 'upTo']} rules={[qtyRule]}>
                        <Input
                          placeholder={i === fields.length - 1 ? '最后一档不填' : '用量上限'}
                          style={{ width: 160 }}
                          data-testid="tier-up-to"
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unit']} rules={[yuanRule(true)]}>
                        <Input addonAfter="元/单位" placeholder="单价" style={{ width: 180 }} data-testid="tier-unit" />
                      </Form.Item>
                      {fields.length > 1 && <MinusCircleOutlined aria-label="删除此档" onClick={() => remove(f.name)} />}
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({})}
                    disabled={fields.length >= 10}
                    style={{ marginBottom: 16 }}
                  >
                    加一档
                  </Button>
                </>
              )}
            </Form.List>
          </>
        ) : (
          <Form.Item
            name="unit"
            label={basis === 'area' ? '单价（元/㎡·月）' : basis === 'fixed' ? '金额（元/户·月）' : '默认金额（元，可不填）'}
            rules={[yuanRule(basis !== 'one_off')]}
            extra="最多两位小数"
          >
            <Input addonBefore="¥" style={{ width: 220 }} placeholder="如 2.80" data-testid="fee-item-unit" />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="dueDay" label="每月缴费截止日" rules={[{ required: true, message: '请填写截止日' }]}>
              <InputNumber min={1} max={31} precision={0} addonAfter="日" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lateFeePerTenThousand" label="违约金（每日万分之）" extra="0 表示不收">
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lateFeeGraceDays" label="宽限天数">
              <InputNumber min={0} max={365} precision={0} addonAfter="天" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="lateFeeCapPercent" label="违约金上限">
              <InputNumber min={0} max={100} precision={0} addonAfter="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="basisNote" label="收费依据（向业主公示）">
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="如 业主大会决议，按建筑面积每月每平方米2.80元" />
        </Form.Item>
        {editing && <Alert type="info" showIcon message="调价只影响之后生成的账单，已生成的账单金额不变。" />}
      </Form>
    </Modal>
  );
}

export default function FeeItemsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const q = $api.useQuery('get', '/api/v1/fee-items', { params: { query: { projectId: pid } } });
  const toggle = $api.useMutation('patch', '/api/v1/fee-items/{id}');
  const refresh = useRefresh();
  const [editing, setEditing] = useState<FeeItem | null>(null);
  const [open, setOpen] = useState(false);

  const setActive = (f: FeeItem, active: boolean) => {
    const go = () =>
      toggle.mutate(
        { params: { path: { id: f.id } }, body: { active } },
        {
          onSuccess: () => {
            showSuccess(active ? `已启用：${f.name}` : `已停用：${f.name}`);
            void refresh('/api/v1/fee-items');
          },
        },
      );
    if (active) return go();
    Modal.confirm({
      title: `停用「${f.name}」？`,
      content: '停用后，之后的月度账单不再生成这项费用，业主端也不再公示；已生成的账单不受影响。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: go,
    });
  };

  const columns: ListColumn<FeeItem>[] = [
    { title: '编码', dataIndex: 'code', width: 100, render: (_, x) => <span data-latin-ok>{x.code}</span> },
    {
      title: '名称',
      dataIndex: 'name',
      width: 160,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <span>{f.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {FEE_CATEGORY_LABELS[f.category as FeeCategory] ?? f.category}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '计费方式', dataIndex: 'basis', width: 170, render: (_, f) => FEE_BASIS_LABELS[f.basis as FeeBasis] ?? f.basis },
    { title: '单价', dataIndex: 'unitFen', render: (_, f) => priceText(f) },
    {
      title: '适用房屋',
      dataIndex: 'roomUse',
      width: 100,
      render: (_, f) => (f.roomUse ? ROOM_USE_LABELS[f.roomUse as RoomUse] : '全部'),
    },
    { title: '截止日', dataIndex: 'dueDay', width: 100, render: (_, f) => `每月 ${f.dueDay} 日` },
    {
      title: '状态',
      dataIndex: 'active',
      width: 90,
      render: (_, f) => (f.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
    },
    {
      title: '违约金',
      dataIndex: 'lateFeeRule',
      width: 220,
      render: (_, f) => <Typography.Text style={{ fontSize: 12 }}>{f.lateFeeRule}</Typography.Text>,
    },
    {
      title: '操作',
      key: 'op',
      width: 120,
      fixed: 'right',
      valueType: 'option',
      render: (_, f) => [
        <Typography.Link
          key="edit"
          onClick={() => {
            setEditing(f);
            setOpen(true);
          }}
          data-testid="fee-item-edit"
        >
          编辑
        </Typography.Link>,
        <Switch
          key="active"
          size="small"
          checked={f.active}
          aria-label={f.active ? '停用' : '启用'}
          onChange={(v) => setActive(f, v)}
          data-testid="fee-item-active"
        />,
      ],
    },
  ];

  return (
    <PageContainer title="收费项目" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <DataTable<FeeItem>
        rowKey="id"
        headerTitle="本项目的收费项目"
        tooltip="启用的项目向业主公示，并按月生成账单（一次性收费除外）"
        columns={columns}
        dataSource={q.data?.items ?? []}
        loading={q.isLoading}
        error={q.error}
        onReload={() => void q.refetch()}
        pagination={false}
        toolBarRender={() => [
          <Button
            key="add"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
            data-testid="fee-item-add"
          >
            新增收费项目
          </Button>,
        ]}
        onRow={(f) => ({ 'data-testid': 'fee-item-row', 'data-code': f.code }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1200 }}
        emptyText="还没有收费项目，请先新增"
        data-testid="fee-items"
      />
      <ItemModal projectId={pid} editing={editing} open={open} onClose={() => setOpen(false)} />
    </PageContainer>
  );
}
