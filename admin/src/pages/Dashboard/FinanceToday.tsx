/**
 * 工作台 · 财务 (finance and the manager): did today's money arrive — today's takings per payment method in the
 * project's day (GET /finance/today, one call) — and what waits for finance: WeChat orders paid but never
 * credited or unpaid past their expiry, yesterday's reconciliation and its open differences, 交款单 to
 * confirm and refunds to decide, each opening its page already filtered (the day and method of the takings,
 * the open differences of the reconciled day, the submitted 交款单, the waiting refunds).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { formatYuan, PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '@wy/shared';
import { useAccess } from '../../auth';
import { $api, errorText } from '../../services/api';
import { formatTime } from '../../utils/time';
import { WARN_TEXT } from '../../layouts/ConsoleProviders';

const DANGER = '#cf1322';

/** A figure's card, opening `link` when given (the whole card is the link). */
function Linked({ link, children }: { link?: string; children: ReactNode }) {
  return link ? <Link to={link}>{children}</Link> : <>{children}</>;
}

function Waiting({
  testId,
  title,
  value,
  note,
  link,
  alert,
}: {
  testId: string;
  title: string;
  value: ReactNode;
  note: ReactNode;
  link?: string;
  /** orange or red when something waits */
  alert?: 'warn' | 'danger' | null;
}) {
  const body = (
    <Card size="small" hoverable={!!link} data-testid={`fin-${testId}`} style={{ height: '100%' }}>
      <Statistic
        title={title}
        value={value as string}
        valueStyle={alert ? { color: alert === 'danger' ? DANGER : WARN_TEXT } : undefined}
      />
      <div style={{ marginTop: 4, minHeight: 22 }}>{note}</div>
    </Card>
  );
  return (
    <Col xs={24} sm={12} xl={6}>
      <Linked link={link}>{body}</Linked>
    </Col>
  );
}

export default function FinanceToday({ projectId }: { projectId: number }) {
  const access = useAccess();
  const q = $api.useQuery('get', '/api/v1/finance/today', { params: { query: { projectId } } });
  const f = q.data ?? null;
  const error = q.isError ? errorText(q.error as unknown) : null;
  const dash = '—';
  const small = (t: ReactNode, color?: string) => (
    <Typography.Text type={color ? undefined : 'secondary'} style={{ fontSize: 12, color }}>
      {t}
    </Typography.Text>
  );
  const rec = f?.reconciliation;
  // the takings cards open 收款记录 on the day (and method)
  const paymentsOf = (method?: string) =>
    access.billingCollect && f ? `/payments?from=${f.date}&to=${f.date}${method ? `&method=${method}` : ''}` : undefined;
  const online = f ? f.paidNotCredited.count + f.openPastExpiry.count : 0;

  return (
    <Card
      size="small"
      title={f ? `今日收款（${f.date}）` : '今日收款'}
      style={{ marginBottom: 16 }}
      data-testid="finance-today"
      extra={
        <Space size={4}>
          {access.billingCollect && <Link to={paymentsOf() ?? '/payments'}>收款记录</Link>}
          <Button size="small" type="text" icon={<ReloadOutlined />} loading={q.isFetching} onClick={() => void q.refetch()}>
            刷新
          </Button>
        </Space>
      }
    >
      {error && !f ? (
        <Space>
          <Typography.Text type="danger">今日收款加载失败：{error}</Typography.Text>
          <Button size="small" onClick={() => void q.refetch()}>
            重试
          </Button>
        </Space>
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col flex="1 0 150px">
              <Linked link={paymentsOf()}>
                <Card size="small" hoverable={!!paymentsOf()} data-testid="fin-total" style={{ height: '100%' }}>
                  <Statistic title="合计" loading={!f} value={f ? formatYuan(f.totalFen) : dash} />
                  <div style={{ marginTop: 2 }}>{small(f ? `${f.count} 笔` : dash)}</div>
                </Card>
              </Linked>
            </Col>
            {PAYMENT_METHODS.map((method) => {
              const m = f?.takings.find((x) => x.method === method);
              return (
                <Col key={method} flex="1 0 150px">
                  <Linked link={paymentsOf(method)}>
                    <Card size="small" hoverable={!!paymentsOf()} data-testid={`fin-method-${method}`} style={{ height: '100%' }}>
                      <Statistic title={PAYMENT_METHOD_LABELS[method]} loading={!f} value={m ? formatYuan(m.fen) : dash} />
                      <div style={{ marginTop: 2 }}>{small(m ? `${m.count} 笔` : dash)}</div>
                    </Card>
                  </Linked>
                </Col>
              );
            })}
          </Row>
          <Row gutter={[12, 12]}>
            <Waiting
              testId="online"
              title="微信订单异常"
              value={f ? online : dash}
              alert={online ? 'danger' : null}
              note={
                f ? (
                  <Space size={8} wrap>
                    {small(
                      `已付款未入账 ${f.paidNotCredited.count} 笔 ${formatYuan(f.paidNotCredited.fen)}`,
                      f.paidNotCredited.count ? DANGER : undefined,
                    )}
                    {small(`超时未关闭 ${f.openPastExpiry.count} 笔`, f.openPastExpiry.count ? WARN_TEXT : undefined)}
                  </Space>
                ) : null
              }
            />
            <Waiting
              testId="recon"
              title={rec ? `昨日对账（${rec.billDate}）` : '昨日对账'}
              value={rec ? (rec.reconciled ? '已对账' : '未对账') : dash}
              alert={rec && !rec.reconciled ? 'warn' : null}
              link={access.billingReconcile && rec ? `/reconciliation?date=${rec.billDate}&status=open` : undefined}
              note={
                rec ? (
                  <Space size={8} wrap>
                    {rec.openDifferences > 0 ? (
                      <Tag color="red" data-testid="fin-recon-open">
                        未处理差异 {rec.openDifferences}
                      </Tag>
                    ) : (
                      small('无未处理差异')
                    )}
                    {rec.runAt && small(`${rec.runByName ?? ''} ${formatTime(rec.runAt, projectId)}`)}
                  </Space>
                ) : null
              }
            />
            <Waiting
              testId="handovers"
              title="待确认交款单"
              value={f ? f.handovers.count : dash}
              alert={f?.handovers.count ? 'warn' : null}
              link="/cash-handovers?tab=list&status=submitted"
              note={f ? small(`现金 ${formatYuan(f.handovers.cashFen)}，合计 ${formatYuan(f.handovers.totalFen)}`) : null}
            />
            <Waiting
              testId="refunds"
              title="待审批退款"
              value={f ? f.refunds.count : dash}
              alert={f?.refunds.count ? 'warn' : null}
              link={access.billingRefund ? '/refunds?status=requested' : undefined}
              note={f ? small(`合计 ${formatYuan(f.refunds.fen)}`) : null}
            />
          </Row>
        </>
      )}
    </Card>
  );
}
