/**
 * 支付结果 (R-PAY-01): the server's verdict on an order, never the phone's. While WeChat Pay's signed news
 * has not arrived the server asks WeChat Pay (a signed query) each time this page asks; it asks again every
 * two seconds for a while, then leaves a 刷新 button. Paid: the amount and each bill's e-receipt (R-FEE-02).
 */
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { PageState, usePage } from '../../components/page';
import { Tap } from '../../components/tap';
import { WholeNumbers } from '../../components/ui';
import { requireOwner } from '../../services/auth';
import { api, ApiError } from '../../services/request';
import { yuan } from '../../services/format';
import '../../srv-common/srv.css';
import '../fee.css';
import { useElderClass } from '../../services/elder';

const POLLS = 15;

async function loadResult(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '支付订单不存在');
  const order = await api.get('/me/payments/{id}', { path: { id }, silent: true });
  if (order.status !== 'paid') return { order, receipts: [] };
  const paid = await api.get('/me/bills', { query: { status: 'paid' }, silent: true });
  const ids = order.bills.map((b) => b.billId);
  return { order, receipts: paid.items.filter((b) => ids.includes(b.id) && b.paymentId) };
}

const goFees = () => void Taro.redirectTo({ url: '/pkg-fee/index/index' });

export default function PayResultPage() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => loadResult(id), { guard: requireOwner });
  const polls = useRef(0);
  const status = page.data?.order.status;
  useEffect(() => {
    if (status !== 'created' || polls.current >= POLLS) return;
    const t = setTimeout(() => {
      polls.current++;
      void page.reload();
    }, 2000);
    return () => clearTimeout(t);
  }, [status, page.data, page]);

  return (
    <View className={`page ${elder}`}>
      <PageState page={page} notFound={{ title: '未找到该支付订单', actionText: '返回缴费', desc: '请回到缴费页查看账单状态' }}>
        {({ order, receipts }) => (
          <View className="card fe-result t-pay-result">
            {order.status === 'paid' ? (
              <>
                <View className="fe-result__icon fe-result__icon--ok">✓</View>
                <Text className="fe-result__title t-pay-paid">缴费成功</Text>
                <Text className="fe-result__amount t-pay-amount">{yuan(order.totalFen)}</Text>
                <Text className="fe-result__desc">已缴 {order.bills.length} 笔，电子收据如下</Text>
                <View className="pad fe-result__list">
                  {receipts.map((b) => (
                    <Tap
                      key={b.id}
                      className="fee__link t-pay-receipt"
                      hoverClass="cell--hover"
                      label={`${b.title} 电子收据`}
                      onTap={() => void Taro.navigateTo({ url: `/pkg-fee/receipt/index?paymentId=${b.paymentId}` })}
                    >
                      <View className="fee__link-main">
                        <Text>{b.title}</Text>
                        <WholeNumbers className="fee__sub" text={`收据号 ${b.receiptNo}`} />
                      </View>
                      <Text>电子收据 ›</Text>
                    </Tap>
                  ))}
                </View>
                <Button className="btn btn--ghost btn--block t-pay-back" onClick={goFees}>
                  返回缴费
                </Button>
              </>
            ) : order.status === 'created' ? (
              <>
                <View className="fe-result__icon fe-result__icon--wait">…</View>
                <Text className="fe-result__title t-pay-waiting">正在确认支付结果</Text>
                <Text className="fe-result__amount">{yuan(order.totalFen)}</Text>
                <Text className="fe-result__desc">以微信支付的通知为准，请勿重复付款。如已付款，结果可能稍有延迟。</Text>
                <View className="pad fe-result__list">
                  <Button className="btn btn--primary btn--block t-pay-refresh" onClick={() => void page.reload()}>
                    刷新结果
                  </Button>
                  <Button className="btn btn--ghost btn--block t-pay-back" onClick={goFees}>
                    返回缴费
                  </Button>
                </View>
              </>
            ) : (
              <>
                <View className="fe-result__icon">×</View>
                <Text className="fe-result__title t-pay-closed">订单已关闭</Text>
                <Text className="fe-result__desc">未付款的订单超时后自动关闭，账单仍为待缴，可重新缴费。</Text>
                <View className="pad fe-result__list">
                  <Button className="btn btn--primary btn--block t-pay-back" onClick={goFees}>
                    返回缴费
                  </Button>
                </View>
              </>
            )}
          </View>
        )}
      </PageState>
    </View>
  );
}
