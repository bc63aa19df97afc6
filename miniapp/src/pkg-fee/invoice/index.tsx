/**
 * 申请开票: I pick paid bills of one 小区 (what was paid less any refund), the invoice title (个人 or 单位 with its
 * tax number) and the e-mail the invoice goes to. The form checks with the same rule as the server; the server
 * has the last word (a bill already asked for, refunded meanwhile). Sent, it opens my invoice requests.
 */
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { INVOICE_TITLE_TYPE_LABELS, INVOICE_TITLE_TYPES, invoiceRequestProblem, type InvoiceTitleType } from '@wy/shared';
import { Button } from '../../components/button';
import { Empty } from '../../components/ui';
import { tappable } from '../../components/tap';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { askSubscribe } from '../../services/subscribe';
import { api, toast } from '../../services/request';
import type { InvoiceableBill } from '../../services/models';
import { fullTime, yuan } from '../../services/format';
import { useElderClass } from '../../services/elder';
import '../../srv-common/srv.css';
import '../fee.css';

async function loadBills() {
  return (await api.get('/me/invoice-requests/bills', { silent: true })).items;
}

function BillPick(props: { b: InvoiceableBill; on: boolean; enabled: boolean; onToggle: () => void }) {
  const { b, on, enabled } = props;
  const why = b.unavailableReason;
  return (
    <View
      className={`card fe-bill t-inv-bill t-inv-bill-${b.billId} ${enabled ? '' : 'fe-bill--off'}`}
      {...tappable(`${b.title} ${yuan(b.fen)}`, props.onToggle, { checked: on })}
    >
      <View className={`fe-check ${on ? 'fe-check--on t-inv-bill-on' : ''}`}>{on ? '✓' : ''}</View>
      <View className="fe-bill__main">
        <View className="fe-bill__row">
          <Text className="fe-bill__title">{b.title}</Text>
          <Text className="fe-bill__amount fe-bill__amount--paid">{yuan(b.fen)}</Text>
        </View>
        <Text className="fe-bill__sub">{b.roomLabel}</Text>
        <Text className="fe-bill__sub">
          {b.period ? `账期 ${b.period.replace('-', '年')}月 · ` : ''}缴费于 {fullTime(b.paidAt)}
        </Text>
        {why ? <Text className="fe-bill__late">{why}</Text> : null}
      </View>
    </View>
  );
}

function Field(props: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <View className="form-block">
      <View className="form-block__title">{props.title}</View>
      {props.children}
      {props.hint ? <View className="form-block__hint">{props.hint}</View> : null}
    </View>
  );
}

function InvoiceForm(props: { bills: InvoiceableBill[] }) {
  const open = props.bills.filter((b) => b.available);
  const [picked, setPicked] = useState<number[]>(() => {
    const first = open[0];
    return first ? open.filter((b) => b.projectId === first.projectId).map((b) => b.billId) : [];
  });
  const [titleType, setTitleType] = useState<InvoiceTitleType>('personal');
  const [title, setTitle] = useState('');
  const [taxNo, setTaxNo] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = open.filter((b) => picked.includes(b.billId));
  const projectId = chosen[0]?.projectId ?? null;
  const total = chosen.reduce((a, b) => a + b.fen, 0);

  const toggle = (b: InvoiceableBill) => {
    if (!b.available) return toast(b.unavailableReason ?? '该账单不能申请开票');
    if (picked.includes(b.billId)) return setPicked(picked.filter((id) => id !== b.billId));
    if (projectId !== null && b.projectId !== projectId) return toast('不同小区的账单请分开申请');
    setPicked([...picked, b.billId]);
  };
  const submit = async () => {
    if (busy) return;
    if (!chosen.length) return toast('请选择要开票的账单');
    const body = { billIds: picked, titleType, title: title.trim(), taxNo: taxNo.trim() || undefined, email: email.trim() };
    const problem = invoiceRequestProblem(body);
    if (problem) return toast(problem);
    setBusy(true);
    try {
      // weapp: may we tell them when the invoice is issued (one message per acceptance)
      await askSubscribe(['invoice_issued']);
      await api.post('/me/invoice-requests', { body });
      Taro.showToast({ title: '已提交开票申请', icon: 'success' });
      void Taro.redirectTo({ url: '/pkg-fee/invoices/index' });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };

  if (!props.bills.length)
    return <Empty title="暂无可开票的缴费" desc="缴费成功后可在这里申请发票" icon="票" className="t-inv-empty" />;
  return (
    <>
      <Text className="fe-room">选择要开票的缴费</Text>
      {props.bills.map((b) => (
        <BillPick
          key={b.billId}
          b={b}
          on={picked.includes(b.billId)}
          enabled={b.available && (projectId === null || b.projectId === projectId)}
          onToggle={() => toggle(b)}
        />
      ))}
      <Field title="抬头类型">
        <View className="chips t-inv-title-type">
          {INVOICE_TITLE_TYPES.map((t) => (
            <View
              key={t}
              className={`chip t-inv-type-${t} ${t === titleType ? 'chip--on' : ''}`}
              {...tappable(INVOICE_TITLE_TYPE_LABELS[t], () => setTitleType(t), { pressed: t === titleType })}
            >
              {INVOICE_TITLE_TYPE_LABELS[t]}
            </View>
          ))}
        </View>
      </Field>
      <Field title="发票抬头">
        <View className="field">
          <Input
            className="field__input t-inv-title"
            placeholder={titleType === 'company' ? '单位全称' : '个人姓名'}
            maxlength={100}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
          />
        </View>
      </Field>
      <Field title={titleType === 'company' ? '税号' : '税号（可不填）'} hint="统一社会信用代码，15、18或20位">
        <View className="field">
          <Input
            className="field__input t-inv-tax"
            placeholder="如 91440300MA5F0XXX1K"
            maxlength={20}
            value={taxNo}
            onInput={(e) => setTaxNo(e.detail.value.toUpperCase())}
          />
        </View>
      </Field>
      <Field title="接收邮箱" hint="电子发票开具后发送到这个邮箱">
        <View className="field">
          <Input
            className="field__input t-inv-email"
            type="text"
            placeholder="name@example.com"
            maxlength={100}
            value={email}
            onInput={(e) => setEmail(e.detail.value)}
          />
        </View>
      </Field>
      <View className="actbar-space" />
      <View className="actbar fe-bar">
        <View className="fe-bar__sum">
          <Text className="fe-bar__total t-inv-total">{yuan(total)}</Text>
          <Text className="fe-bar__count">已选 {chosen.length} 笔</Text>
        </View>
        <Button
          className={`btn btn--primary t-inv-submit ${busy ? 'btn--disabled' : ''}`}
          disabled={busy}
          loading={busy}
          onClick={() => void submit()}
        >
          提交申请
        </Button>
      </View>
    </>
  );
}

export default function InvoiceRequestPage() {
  const elder = useElderClass();
  const page = usePage(loadBills, { guard: requireOwner, once: true });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>{(bills) => <InvoiceForm bills={bills} />}</PageState>
    </View>
  );
}
