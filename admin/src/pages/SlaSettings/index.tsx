/**
 * 时限设置: a project's SLA durations (R-SRV-02, R-REP-04/05/09/10/13) and its working calendar (holidays,
 * make-up working days). Edited with `sla.settings`; supervisors with `sla.approve` read it.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Empty, Form, InputNumber, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { DEFAULT_REPAIR_SLA, URGENCY_LABELS, type DurationUnit } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, errorText, got, showSuccess } from '../../services/api';
import type { PutSlaSettings, SlaDuration, SlaSettings } from '../../services/models';
import PageContainer from '../../components/PageContainer';
import FormSelect from '../../components/FormSelect';

const UNIT_LABELS: Record<DurationUnit, string> = { minutes: '分钟', hours: '小时', days: '天', working_days: '工作日' };
const UNIT_OPTIONS = (Object.keys(UNIT_LABELS) as DurationUnit[]).map((value) => ({ value, label: UNIT_LABELS[value] }));

/** every duration on the page: form path, label, the rule it serves, and the product default */
const FIELDS: { path: string[]; label: string; hint: string; def: SlaDuration }[] = [
  { path: ['entry'], label: '录入系统', hint: '受理后录入系统', def: DEFAULT_REPAIR_SLA.entry },
  { path: ['dispatch'], label: '派单', hint: '录入后派出', def: DEFAULT_REPAIR_SLA.dispatch },
  { path: ['contact'], label: '联系业主', hint: '户内维修派单后技工联系业主确认上门', def: DEFAULT_REPAIR_SLA.contact },
  ...(['emergency', 'urgent', 'normal'] as const).map((u) => ({
    path: ['resolve', u],
    label: `完成维修 · ${URGENCY_LABELS[u]}`,
    hint: '按紧急程度的要求完成时间',
    def: DEFAULT_REPAIR_SLA.resolve[u],
  })),
  {
    path: ['completionEntry'],
    label: '完工录入',
    hint: '工单交回后录入完工信息',
    def: DEFAULT_REPAIR_SLA.completionEntry,
  },
  { path: ['callback'], label: '回访', hint: '完工后回访', def: DEFAULT_REPAIR_SLA.callback },
  { path: ['secondCallback'], label: '二次回访', hint: '重要工单的二次回访', def: DEFAULT_REPAIR_SLA.secondCallback },
];

const fmtDuration = (d: SlaDuration) => `${d.value} ${UNIT_LABELS[d.unit as DurationUnit] ?? d.unit}`;

/** Controlled list of YYYY-MM-DD dates: a picker to add, tags (by year) to remove. */
function DateList({
  value = [],
  onChange,
  disabled,
  color,
  testId,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  disabled?: boolean;
  color?: string;
  testId: string;
}) {
  const [picker, setPicker] = useState(0); // a new picker after each pick, so it shows empty again
  const sorted = [...value].sort();
  const years = [...new Set(sorted.map((d) => d.slice(0, 4)))];
  const weekday = (d: string) => '日一二三四五六'[dayjs(d).day()];
  return (
    <div data-testid={testId}>
      {!disabled && (
        <DatePicker
          key={picker}
          placeholder="添加日期"
          style={{ width: 200, marginBottom: 8 }}
          value={null}
          onChange={(d: Dayjs | null) => {
            if (!d) return;
            const s = d.format('YYYY-MM-DD');
            if (!value.includes(s)) onChange?.([...value, s].sort());
            setPicker((n) => n + 1);
          }}
          disabledDate={(d) => value.includes(d.format('YYYY-MM-DD'))}
        />
      )}
      {sorted.length === 0 ? (
        <Typography.Text type="secondary">未设置</Typography.Text>
      ) : (
        years.map((y) => (
          <div key={y} style={{ marginBottom: 6 }}>
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>
              {y} 年（{sorted.filter((d) => d.startsWith(y)).length} 天）
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              {sorted
                .filter((d) => d.startsWith(y))
                .map((d) => (
                  <Tag
                    key={d}
                    color={color}
                    closable={!disabled}
                    onClose={(e) => {
                      e.preventDefault();
                      onChange?.(value.filter((x) => x !== d));
                    }}
                  >
                    {d.slice(5)} 周{weekday(d)}
                  </Tag>
                ))}
            </Space>
          </div>
        ))
      )}
    </div>
  );
}

type Values = PutSlaSettings;

export default function SlaSettingsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const editable = access.slaSettings;
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [data, setData] = useState<SlaSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const s = await got(client.GET('/api/v1/projects/{id}/sla-settings', { params: { path: { id: pid } } }));
      setData(s);
      form.setFieldsValue(s);
      setDirty(false);
      setSaveError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, [pid, form]);
  useEffect(() => {
    setData(null);
    void load();
  }, [load]);

  const save = async (v: Values) => {
    const ok = await modal.confirm({
      title: `保存 ${project?.name ?? ''} 的时限设置？`,
      content: '保存后，新开始的计时按新设置计算；已在计时中的承诺仍按原期限。此操作会记入审计日志。',
      okText: '确认保存',
      cancelText: '取消',
    });
    if (!ok) return;
    setSaving(true);
    setSaveError(null);
    try {
      const s = await got(
        client.PUT('/api/v1/projects/{id}/sla-settings', {
          params: { path: { id: pid } },
          body: { repair: v.repair, holidays: v.holidays ?? [], workdays: v.workdays ?? [] },
        }),
      );
      setData(s);
      form.setFieldsValue(s);
      setDirty(false);
      showSuccess('时限设置已保存');
    } catch (e) {
      setSaveError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer
      title="时限设置"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void load()} disabled={saving}>
            {dirty ? '放弃修改' : '刷新'}
          </Button>
          {editable && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={!data || !dirty}
              onClick={() => form.submit()}
              data-testid="sla-save"
            >
              保存
            </Button>
          )}
        </Space>
      }
    >
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="只读：时限设置由管理处经理或总部维护。" />}
      {saveError && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setSaveError(null)}
          style={{ marginBottom: 16 }}
          message="保存失败"
          description={saveError}
          data-testid="sla-error"
        />
      )}
      {loadError ? (
        <Card>
          <Empty description={`加载失败：${loadError}`}>
            <Button onClick={() => void load()}>重试</Button>
          </Empty>
        </Card>
      ) : !data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Form<Values> form={form} disabled={!editable || saving} onFinish={save} onValuesChange={() => setDirty(true)}>
          <Card size="small" title="报修时限" style={{ marginBottom: 16 }}>
            <Row gutter={[24, 0]}>
              {FIELDS.map((f) => (
                <Col key={f.path.join('.')} xs={24} lg={12}>
                  <Form.Item
                    label={<span style={{ width: 120, display: 'inline-block' }}>{f.label}</span>}
                    colon={false}
                    extra={`${f.hint}；默认 ${fmtDuration(f.def)}`}
                    required={editable}
                  >
                    <Space.Compact>
                      <Form.Item
                        noStyle
                        name={['repair', ...f.path, 'value']}
                        rules={[{ required: true, type: 'integer', min: 1, max: 10000, message: '请填写 1–10000 的整数' }]}
                      >
                        <InputNumber
                          min={1}
                          max={10000}
                          precision={0}
                          style={{ width: 120 }}
                          aria-label={`${f.label}时限`}
                          data-testid={`sla-${f.path.join('-')}`}
                        />
                      </Form.Item>
                      <Form.Item noStyle name={['repair', ...f.path, 'unit']} rules={[{ required: true }]}>
                        <FormSelect options={UNIT_OPTIONS} style={{ width: 100 }} aria-label={`${f.label}时限单位`} />
                      </Form.Item>
                    </Space.Compact>
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <Card
            size="small"
            title="工作日历"
            extra={<Typography.Text type="secondary">“工作日”= 周一至周五，去掉节假日，加上调休上班日</Typography.Text>}
          >
            <Form.Item name="holidays" label="节假日" labelCol={{ flex: '110px' }} extra="法定节假日等不上班的日子">
              <DateList disabled={!editable} color="red" testId="sla-holidays" />
            </Form.Item>
            <Form.Item
              name="workdays"
              label="调休上班日"
              labelCol={{ flex: '110px' }}
              extra="调休需要上班的周末"
              style={{ marginBottom: 0 }}
            >
              <DateList disabled={!editable} color="blue" testId="sla-workdays" />
            </Form.Item>
          </Card>
        </Form>
      )}
    </PageContainer>
  );
}
