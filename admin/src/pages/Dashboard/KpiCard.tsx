/** 工作台 · 本月服务指标 (R-REP-12, R-REP-09): monthly repair KPIs with a month picker; "—" when there is nothing to measure. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { pickerNow } from '../../utils/time';
import { $api, errorText } from '../../services/api';
import type { RepairKpis } from '../../services/models';

const pct = (v: number | null) => (v === null ? '—' : v.toFixed(1));

function Rate({
  testId,
  title,
  value,
  basis,
  target,
  met,
}: {
  testId: string;
  title: string;
  value: number | null;
  basis: string;
  target?: number;
  /** true / false against the target; null = nothing to measure */
  met?: boolean | null;
}) {
  const failed = met === false;
  return (
    <Card
      size="small"
      data-testid={`kpi-${testId}`}
      style={failed ? { borderColor: '#ffa39e', background: '#fff1f0' } : undefined}
    >
      <Statistic
        title={
          <Space size={6}>
            {title}
            {target !== undefined && <Typography.Text type="secondary">目标 {target}%</Typography.Text>}
          </Space>
        }
        value={pct(value)}
        suffix={value === null ? undefined : '%'}
        valueStyle={failed ? { color: '#cf1322' } : undefined}
      />
      <Space size={6} style={{ marginTop: 4 }} wrap>
        {met === false && (
          <Tag color="red" data-testid={`kpi-${testId}-unmet`}>
            未达标
          </Tag>
        )}
        {met === true && <Tag color="green">达标</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {value === null ? '无数据' : basis}
        </Typography.Text>
      </Space>
    </Card>
  );
}

export default function KpiCard({ projectId }: { projectId: number }) {
  const [month, setMonth] = useState<Dayjs>(() => pickerNow().startOf('month'));
  const m = month.format('YYYY-MM');
  const q = $api.useQuery('get', '/api/v1/reports/repair-kpis', { params: { query: { projectId, month: m } } });
  const k: RepairKpis | null = q.data ?? null;
  const error = q.isError ? errorText(q.error as unknown) : null;
  const loading = q.isFetching;
  const load = () => void q.refetch();

  const thisMonth = m === pickerNow().format('YYYY-MM');
  return (
    <Card
      size="small"
      title={thisMonth ? '本月服务指标' : `${month.format('YYYY年M月')}服务指标`}
      style={{ marginBottom: 16 }}
      data-testid="kpi-card"
      extra={
        <DatePicker
          picker="month"
          size="small"
          allowClear={false}
          value={month}
          onChange={(d) => d && setMonth(d.startOf('month'))}
          disabledDate={(d) => d.isAfter(pickerNow(), 'month')}
          format="YYYY年M月"
          data-testid="kpi-month"
        />
      }
    >
      {error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`指标加载失败：${error}`}>
          <Button size="small" onClick={() => void load()}>
            重试
          </Button>
        </Empty>
      ) : !k || (loading && k.month !== m) ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} sm={12} xl={6}>
              <Rate
                testId="timely"
                title="维修及时率"
                value={k.timelyRate}
                target={k.timelyTarget}
                met={k.timelyTargetMet}
                basis={`按时完成 ${k.resolvedOnTime} / 完成 ${k.resolved}`}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Rate
                testId="callback"
                title="回访率"
                value={k.callbackRate}
                target={k.callbackTarget}
                basis={`已回访 ${k.callbacksDone} / 应回访 ${k.callbacksDue}`}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Rate
                testId="callback-timely"
                title="回访及时率"
                value={k.callbackTimelyRate}
                basis={`按时回访 ${k.callbacksOnTime} / 已回访 ${k.callbacksDone}`}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Rate
                testId="satisfaction"
                title="满意度"
                value={k.satisfactionRate}
                basis={`满意 ${k.satisfied} / 已评价 ${k.rated}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="satisfaction-source">
                按业主自评计，未自评的按回访结果：业主自评 {k.satisfactionOwnerRated} 单，回访结果 {k.satisfactionCallbackRated}{' '}
                单
              </Typography.Text>
            </Col>
          </Row>
          <Descriptions size="small" column={{ xs: 2, sm: 3, xl: 6 }} style={{ marginTop: 12 }}>
            <Descriptions.Item label="受理">{k.received}</Descriptions.Item>
            <Descriptions.Item label="完成">{k.resolved}</Descriptions.Item>
            <Descriptions.Item label="按时完成">{k.resolvedOnTime}</Descriptions.Item>
            <Descriptions.Item label="应回访">{k.callbacksDue}</Descriptions.Item>
            <Descriptions.Item label="已回访">{k.callbacksDone}</Descriptions.Item>
            <Descriptions.Item label="按时回访">{k.callbacksOnTime}</Descriptions.Item>
            <Descriptions.Item label="按时联系业主">
              <span data-testid="kpi-contact">
                {k.contactsOnTime} / {k.contactsDue}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label="已评价">{k.rated}</Descriptions.Item>
            <Descriptions.Item label="满意">{k.satisfied}</Descriptions.Item>
            <Descriptions.Item label="当前超时未完成">
              {k.openOverdue > 0 ? (
                <Link to="/requests?overdue=1">
                  <Typography.Text type="danger" strong>
                    {k.openOverdue}
                  </Typography.Text>
                </Link>
              ) : (
                0
              )}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}
