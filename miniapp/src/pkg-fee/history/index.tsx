/** 缴费记录: every bill of my rooms paid (online or at the desk), newest first, each opening its e-receipt (R-FEE-02). */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty, WholeNumbers } from '../../components/ui';
import { Tap } from '../../components/tap';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import type { Bill } from '../../services/models';
import { AdjustmentNotes } from '../../srv-common/adjustments';
import { fullTime, yuan } from '../../services/format';
import '../../srv-common/srv.css';
import '../fee.css';
import { useElderClass } from '../../services/elder';

async function loadPaid() {
  const r = await api.get('/me/bills', { query: { status: 'paid' }, silent: true });
  return r.items.sort((a, b) => (b.paidAt ?? '').localeCompare(a.paidAt ?? ''));
}

function PaidLine(props: { b: Bill }) {
  const b = props.b;
  const open = () => void (b.paymentId && Taro.navigateTo({ url: `/pkg-fee/receipt/index?paymentId=${b.paymentId}` }));
  return (
    <Tap className="card t-fee-paid" hoverClass="cell--hover" label={`${b.title} ${yuan(b.totalFen)} 电子收据`} onTap={open}>
      <View className="fe-bill__row">
        <Text className="fe-bill__title">{b.title}</Text>
        <Text className="fe-bill__amount fe-bill__amount--paid t-fee-paid-amount">{yuan(b.totalFen)}</Text>
      </View>
      {/* one line each (the room ran into the period on one line before) */}
      <View className="fe-bill__main">
        <Text className="fe-bill__sub">{b.roomLabel}</Text>
        <Text className="fe-bill__sub">
          {b.period ? `账期 ${b.period.replace('-', '年')}月 · ` : ''}缴费于 {fullTime(b.paidAt)}
        </Text>
        <AdjustmentNotes amountFen={b.amountFen} adjustments={b.adjustments} />
        {b.lateFeeFen > 0 ? <Text className="fe-bill__sub">含违约金 {yuan(b.lateFeeFen)}</Text> : null}
      </View>
      <View className="fee__link t-fee-paid-receipt">
        <View className="fee__link-main">
          <WholeNumbers text={`收据号 ${b.receiptNo ?? '—'}`} />
        </View>
        <Text>电子收据 ›</Text>
      </View>
    </Tap>
  );
}

export default function PaymentHistoryPage() {
  const elder = useElderClass();
  const page = usePage(loadPaid, { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(items) =>
          items.length === 0 ? (
            <Empty title="暂无缴费记录" desc="缴费后可在这里查看电子收据" icon="账" className="t-fee-paid-empty" />
          ) : (
            <>
              <View className="fe-links">
                <Tap
                  className="fe-links__item t-fee-invoice"
                  hoverClass="cell--hover"
                  label="申请开票"
                  onTap={() => void Taro.navigateTo({ url: '/pkg-fee/invoice/index' })}
                >
                  申请开票 ›
                </Tap>
                <Tap
                  className="fe-links__item t-fee-invoices"
                  hoverClass="cell--hover"
                  label="我的开票申请"
                  onTap={() => void Taro.navigateTo({ url: '/pkg-fee/invoices/index' })}
                >
                  我的开票申请 ›
                </Tap>
              </View>
              {items.map((b) => (
                <PaidLine key={b.id} b={b} />
              ))}
            </>
          )
        }
      </PageState>
    </View>
  );
}
