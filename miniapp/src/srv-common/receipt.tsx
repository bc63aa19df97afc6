/**
 * The e-receipt of a payment (R-FEE-02), laid out like the paper one: company and project, receipt number,
 * time in the centre's zone (Asia/Shanghai), room and property code, payer, item, amount in figures and in
 * capitals (大写), method, cashier, and the feedback line every receipt carries (R-CMP-19).
 */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { billLabel, PAYMENT_METHOD_LABELS, PAYMENT_REFUND_STATE_LABELS, yuanInWords } from '@wy/shared';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../components/page';
import { requireOwner } from '../services/auth';
import { CallCentreButton } from '../components/call';
import { WholeNumbers } from '../components/ui';
import { api, ApiError } from '../services/request';
import type { Receipt } from '../services/models';
import { AdjustmentNotes } from './adjustments';
import { fullTime, yuan } from '../services/format';
import './srv.css';
import './receipt.css';
import { useElderClass } from '../services/elder';

function Line(props: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={`rc__line ${props.className ?? ''}`}>
      <Text className="rc__label">{props.label}</Text>
      <View className="rc__value">{props.children}</View>
    </View>
  );
}

async function loadReceipt(paymentId: number) {
  if (!Number.isInteger(paymentId) || paymentId <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该收据');
  return api.get('/receipts/{id}', { path: { id: paymentId }, silent: true });
}

/** The receipt page of either package (报修 and 缴费): ?paymentId= */
export function ReceiptPage() {
  const paymentId = Number(useRouter().params.paymentId);
  const page = usePage(() => loadReceipt(paymentId), { guard: requireOwner });
  return (
    <PageState page={page} rows={4} notFound={{ title: '未找到该收据', desc: '收据仅房屋的业主及家人可查看' }}>
      {(r) => <ReceiptView r={r} />}
    </PageState>
  );
}

/** The receipt laid out like the paper one; its time in the receipt's own zone (the project's). */
export function ReceiptView(props: { r: Receipt }) {
  const elder = useElderClass();
  const r = props.r;
  const method = PAYMENT_METHOD_LABELS[r.method as keyof typeof PAYMENT_METHOD_LABELS] ?? r.method;

  return (
    <View className={`page rc-page ${elder}`}>
      <View className="rc t-receipt">
        <View className="rc__head">
          <Text className="rc__company">{r.companyName}</Text>
          <Text className="rc__project">{r.projectName}</Text>
          <Text className="rc__title">收据</Text>
          <View className="rc__meta">
            <WholeNumbers className="rc__no t-receipt-no" text={`收据号 ${r.receiptNo}`} />
            <Text className="rc__at t-receipt-at nowrap">{fullTime(r.at, { timeZone: r.timeZone })}</Text>
          </View>
        </View>

        <View className="rc__body">
          <Line label="房号">{r.roomLabel || '—'}</Line>
          <Line label="物业编码">
            <Text className="rc__mono">{r.propertyCode || '—'}</Text>
          </Line>
          <Line label="交款人">{r.payerName || '—'}</Line>
          <Line label="收费项目">
            <Text>{billLabel(r)}</Text>
            {r.sourceCode && !r.title.includes(r.sourceCode) ? <Text className="rc__sub">报修单号 {r.sourceCode}</Text> : null}
          </Line>
          <Line label="金额" className="rc__line--amount">
            <Text className="rc__amount t-receipt-amount">{yuan(r.amountFen)}</Text>
            <AdjustmentNotes amountFen={r.billAmountFen} adjustments={r.adjustments} />
            {r.lateFeeFen > 0 ? <Text className="rc__sub">含违约金 {yuan(r.lateFeeFen)}</Text> : null}
          </Line>
          <Line label="大写">
            <Text className="rc__words t-receipt-words">人民币{yuanInWords(r.amountFen)}</Text>
          </Line>
          <Line label="收款方式">{method}</Line>
          <Line label="收款人" className="rc__line--stamp">
            <Text>{r.receivedByName || '—'}</Text>
            <View className="rc__stamp">
              <Text className="rc__stamp-text">收讫</Text>
            </View>
          </Line>
          {r.note ? <Line label="备注">{r.note}</Line> : null}
          {r.refundState !== 'none' ? (
            <Line label={PAYMENT_REFUND_STATE_LABELS[r.refundState]} className="rc__line--refund t-receipt-refund">
              <Text className="rc__refund nowrap">已退回 {yuan(r.refundedFen)}</Text>
              {r.refundedAt ? <Text className="rc__sub">{fullTime(r.refundedAt, { timeZone: r.timeZone })}</Text> : null}
            </Line>
          ) : null}
        </View>

        <View className="rc__foot">
          <Text className="rc__feedback t-receipt-feedback">{r.feedbackLine}</Text>
          {r.servicePhone ? (
            <Text className="rc__phone">
              服务中心电话 <Text className="nowrap">{r.servicePhone}</Text>
            </Text>
          ) : null}
        </View>
      </View>

      <Text className="rc__tip">如需纸质收据，可到物业服务中心补打</Text>
      {r.servicePhone ? (
        <View className="pad">
          <CallCentreButton phone={r.servicePhone} projectName={r.projectName} className="btn--ghost btn--block t-receipt-call" />
        </View>
      ) : null}
    </View>
  );
}
