/**
 * 我的开票申请: each request with its bills and amount, and where it stands — 待开票 (I may withdraw it),
 * 已开票 with the invoice number and date, 已驳回 with finance's reason (I may ask again), 已撤回.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INVOICE_STATUS_LABELS, INVOICE_TITLE_TYPE_LABELS, type InvoiceStatus, type InvoiceTitleType } from '@wy/shared';
import { Button } from '../../components/button';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import type { MyInvoiceRequest } from '../../services/models';
import { fullTime, yuan } from '../../services/format';
import { useElderClass } from '../../services/elder';
import '../../srv-common/srv.css';
import '../fee.css';

const TONE: Record<InvoiceStatus, string> = { pending: 'warn', issued: 'ok', rejected: 'bad', withdrawn: 'muted' };

async function loadMine() {
  return (await api.get('/me/invoice-requests', { silent: true })).items;
}

function RequestCard(props: { r: MyInvoiceRequest; onChanged: () => void }) {
  const r = props.r;
  const status = r.status as InvoiceStatus;
  const withdraw = async () => {
    const ok = await Taro.showModal({
      title: '撤回开票申请',
      content: '撤回后可重新申请，确定撤回吗？',
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!ok.confirm) return;
    try {
      await api.post('/me/invoice-requests/{id}/withdraw', { path: { id: r.id } });
      props.onChanged();
    } catch {
      // the wrapper showed why
    }
  };
  return (
    <View className={`card fe-inv t-inv-request t-inv-${status}`}>
      <View className="fe-bill__row">
        <Text className="fe-bill__title">{r.title}</Text>
        <Text className={`ui-tag ui-tag--${TONE[status] ?? 'muted'} t-inv-status`}>
          {INVOICE_STATUS_LABELS[status] ?? r.status}
        </Text>
      </View>
      <Text className="fe-bill__sub fe-inv__latin">
        {INVOICE_TITLE_TYPE_LABELS[r.titleType as InvoiceTitleType] ?? r.titleType}抬头{r.taxNo ? ` · 税号 ${r.taxNo}` : ''}
      </Text>
      <Text className="fe-bill__sub fe-inv__latin">发送至 {r.email}</Text>
      {r.lines.map((l) => (
        <Text key={l.billId} className="fe-bill__sub">
          {l.roomLabel} · {l.title} <Text className="nowrap">{yuan(l.fen)}</Text>
        </Text>
      ))}
      <View className="fe-bill__row">
        <Text className="fe-bill__sub">
          申请于 <Text className="nowrap">{fullTime(r.createdAt)}</Text>
        </Text>
        <Text className="fe-bill__amount">{yuan(r.amountFen)}</Text>
      </View>
      {status === 'issued' ? (
        <View className="fe-inv__result t-inv-number">
          <Text className="fe-inv__result-line">发票号码 {r.invoiceNo}</Text>
          <Text className="fe-inv__result-line">开票日期 {r.invoiceDate}</Text>
        </View>
      ) : null}
      {status === 'rejected' ? <Text className="fe-bill__late t-inv-reason">驳回原因：{r.rejectReason}</Text> : null}
      {r.mayWithdraw ? (
        <View className="fe-inv__btns">
          <Button className="btn btn--ghost t-inv-withdraw" onClick={() => void withdraw()}>
            撤回申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}

export default function MyInvoicesPage() {
  const elder = useElderClass();
  const page = usePage(loadMine, { guard: requireOwner });
  const ask = () => void Taro.navigateTo({ url: '/pkg-fee/invoice/index' });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(items) => (
          <>
            <View className="fe-inv__btns fe-inv__btns--top">
              <Button className="btn btn--primary btn--block t-inv-new" onClick={ask}>
                申请开票
              </Button>
            </View>
            {items.length === 0 ? (
              <Empty title="暂无开票申请" desc="缴费后可为已缴的费用申请电子发票" icon="票" className="t-inv-list-empty" />
            ) : (
              items.map((r) => <RequestCard key={r.id} r={r} onChanged={() => void page.reload()} />)
            )}
          </>
        )}
      </PageState>
    </View>
  );
}
