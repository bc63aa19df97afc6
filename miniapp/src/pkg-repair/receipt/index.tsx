/**
 * The e-receipt of a payment (R-FEE-02), laid out like the paper one: company and project, receipt number,
 * time in the centre's zone (Asia/Shanghai), room and property code, payer, item, amount in figures and in
 * capitals (大写), method, cashier, and the feedback line every receipt carries (R-CMP-19).
 */
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useCallback, useState, type ReactNode } from 'react';
import { PAYMENT_METHOD_LABELS, yuanInWords } from '@wy/shared';
import { LoadState } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { Receipt } from '../../services/models';
import { shanghaiTime, yuan } from '../../srv-common/format';
import '../../srv-common/srv.css';
import '../repair.css';

function Line(props: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={`rc__line ${props.className ?? ''}`}>
      <Text className="rc__label">{props.label}</Text>
      <View className="rc__value">{props.children}</View>
    </View>
  );
}

export default function ReceiptPage() {
  const { params } = useRouter();
  const paymentId = Number(params.paymentId);
  const [r, setR] = useState<Receipt | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    if (!session.isLoggedIn()) {
      void Taro.redirectTo({ url: '/pkg-auth/login/index' });
      return;
    }
    if (!Number.isInteger(paymentId) || paymentId <= 0) {
      setFailed(true);
      setLoading(false);
      return;
    }
    try {
      setR(await api.get('/receipts/{id}', { path: { id: paymentId } }));
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }, [paymentId]);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const call = async () => {
    if (!r?.servicePhone) return;
    const { confirm } = await Taro.showModal({
      title: '联系物业服务中心',
      content: `${r.projectName}\n客服电话 ${r.servicePhone}`,
      confirmText: '拨打',
    });
    if (confirm) void Taro.makePhoneCall({ phoneNumber: r.servicePhone }).catch(() => undefined);
  };

  if (loading || failed || !r) return <LoadState loading={loading} title="未找到该收据" desc="收据仅房屋的业主及家人可查看" />;

  const method = PAYMENT_METHOD_LABELS[r.method as keyof typeof PAYMENT_METHOD_LABELS] ?? r.method;

  return (
    <View className="page rc-page">
      <View className="rc t-receipt">
        <View className="rc__head">
          <Text className="rc__company">{r.companyName}</Text>
          <Text className="rc__project">{r.projectName}</Text>
          <Text className="rc__title">收据</Text>
          <View className="rc__meta">
            <Text className="rc__no t-receipt-no">No. {r.receiptNo}</Text>
            <Text className="rc__at t-receipt-at">{shanghaiTime(r.at)}</Text>
          </View>
        </View>

        <View className="rc__body">
          <Line label="房号">{r.roomLabel || '—'}</Line>
          <Line label="物业编码">
            <Text className="rc__mono">{r.propertyCode || '—'}</Text>
          </Line>
          <Line label="交款人">{r.payerName || '—'}</Line>
          <Line label="收费项目">
            <Text>{r.title}</Text>
            {r.sourceCode && !r.title.includes(r.sourceCode) ? <Text className="rc__sub">报修单号 {r.sourceCode}</Text> : null}
          </Line>
          <Line label="金额" className="rc__line--amount">
            <Text className="rc__amount t-receipt-amount">{yuan(r.amountFen)}</Text>
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
        </View>

        <View className="rc__foot">
          <Text className="rc__feedback t-receipt-feedback">{r.feedbackLine}</Text>
          {r.servicePhone ? <Text className="rc__phone">服务中心电话 {r.servicePhone}</Text> : null}
        </View>
      </View>

      <Text className="rc__tip">如需纸质收据，可到物业服务中心补打</Text>
      {r.servicePhone ? (
        <View className="pad">
          <Button className="btn btn--ghost btn--block t-receipt-call" onClick={call}>
            ☎ 联系物业服务中心
          </Button>
        </View>
      ) : null}
    </View>
  );
}
