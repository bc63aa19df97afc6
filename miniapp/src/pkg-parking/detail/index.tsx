/**
 * 车位申请 (mine): where it stands in my words, what is missing and why (R-PRK-06: send it again here), my
 * place in the waiting list (R-PRK-04), the space, card and term once issued, its rent bills paid online here
 * (WeChat Pay: in the mini-program, or the cashier page on H5) and renewal, and the steps.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { StatusHeader, WorkflowTimeline } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { fullTime, yuan } from '../../services/format';
import { api } from '../../services/request';
import { DocPhotos } from '../docs';
import { kindText, termText, type MyParkingApp } from '../words';
import '../../srv-common/srv.css';
import '../parking.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

/** The pay order the owner left for the cashier page (H5): read again on return, which settles it at once. */
const PAY_KEY = 'wy.parking.payOrder';

async function loadDetail(id: number): Promise<MyParkingApp> {
  const order = Number(Taro.getStorageSync(PAY_KEY)) || 0;
  if (order) {
    Taro.removeStorageSync(PAY_KEY);
    await api.get('/me/payments/{id}', { path: { id: order }, silent: true }).catch(() => null);
  }
  return api.get('/me/parking/applications/{id}', { path: { id }, silent: true });
}

/** Pays the application's unpaid rent bills online: WeChat Pay in the mini-program, the cashier page on H5. */
async function payOnline(a: MyParkingApp, reload: () => void): Promise<void> {
  const billIds = a.periods.filter((p) => !p.paidAt && p.billId && p.billStatus === 'unpaid').map((p) => p.billId!);
  if (!billIds.length) return;
  if (process.env.TARO_ENV === 'h5') {
    const order = await api.post('/me/payments', { body: { billIds, channel: 'h5', redirectUrl: window.location.href } });
    if (!order.h5Url) return;
    Taro.setStorageSync(PAY_KEY, order.id);
    window.location.href = order.h5Url;
    return;
  }
  const order = await api.post('/me/payments', { body: { billIds, channel: 'jsapi' } });
  const pp = order.payParams;
  if (!pp) return;
  try {
    await Taro.requestPayment({
      timeStamp: pp.timeStamp,
      nonceStr: pp.nonceStr,
      package: pp.package,
      signType: 'RSA',
      paySign: pp.paySign,
    });
  } catch {
    return; // cancelled: the bill stays to pay
  }
  await api.get('/me/payments/{id}', { path: { id: order.id }, silent: true }).catch(() => null);
  reload();
}

function Resubmit(props: { a: MyParkingApp; onDone: (a: MyParkingApp) => void }) {
  const bad = props.a.docs.filter((d) => d.required && d.verdict !== 'checked');
  const [docs, setDocs] = useState<Record<string, number[]>>({});
  const [busy, setBusy] = useState(false);
  const send = async () => {
    const given = Object.entries(docs).filter(([, ids]) => ids.length);
    if (!given.length || busy) return;
    setBusy(true);
    try {
      props.onDone(
        await api.post('/me/parking/applications/{id}/documents', {
          path: { id: props.a.id },
          body: { docs: given.map(([doc, uploadIds]) => ({ doc: doc as 'insurance', uploadIds })) },
        }),
      );
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title="补交资料">
      <View className="card">
        {bad.map((d) => (
          <DocPhotos
            key={d.doc}
            doc={d.doc}
            ids={docs[d.doc] ?? []}
            note={d.reason}
            onChange={(ids) => setDocs({ ...docs, [d.doc]: ids })}
          />
        ))}
        <View className="pk-btns">
          <View className="btn btn--primary btn--block t-prk-resubmit" {...tappable('重新提交', send)}>
            {busy ? '提交中…' : '提交补交的资料'}
          </View>
        </View>
      </View>
    </Section>
  );
}

export default function ParkingDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => loadDetail(id), { guard: requireOwner });
  const [paying, setPaying] = useState(false);
  const pay = async (a: MyParkingApp) => {
    if (paying) return;
    setPaying(true);
    try {
      await payOnline(a, () => void page.reload());
    } catch {
      // shown
    } finally {
      setPaying(false);
    }
  };
  const renew = async (a: MyParkingApp) => {
    try {
      page.set(await api.post('/me/parking/applications/{id}/renew', { path: { id: a.id } }));
    } catch {
      // shown
    }
  };
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(a) => (
          <>
            <StatusHeader
              className="t-prk-detail"
              title={`${kindText(a.kind)} · ${termText(a.term)}`}
              status={a.statusLabel}
              tagClassName="t-prk-status"
            >
              <Text className="wf-text">
                车牌 {a.plate} · {a.roomLabel}
              </Text>
              <Text className="muted">申请号 {a.code}</Text>
            </StatusHeader>
            {a.refusal ? <View className="wf-notice t-prk-refusal">{a.refusal}</View> : null}
            {a.waitingPosition ? (
              <View className="wf-notice">
                {a.waitReason}。您现在排第 {a.waitingPosition} 位，有车位空出时将按顺序通知您。
              </View>
            ) : null}
            {a.offerExpiresAt ? (
              <View className="wf-notice">
                已为您保留车位 {a.spaceNo}，请在 <Text className="nowrap">{fullTime(a.offerExpiresAt)}</Text>{' '}
                前到服务中心签订合同。
              </View>
            ) : null}
            {a.cardNo ? (
              <Section title="我的车位">
                <View className="card t-prk-card">
                  <Text className="wf-text">
                    车位 {a.areaName} {a.spaceNo}
                  </Text>
                  <Text className="wf-text">
                    停车卡 <Text className="pk-card-no nowrap">{a.cardNo}</Text>
                  </Text>
                  {a.endOn ? (
                    <Text className="wf-text">
                      租期 <Text className="nowrap">{a.startOn}</Text> 至 <Text className="nowrap">{a.endOn}</Text>
                    </Text>
                  ) : null}
                  {a.status === 'active' && a.kind !== 'vip' ? (
                    <View className="btn btn--ghost btn--block t-prk-renew" {...tappable('续租', () => renew(a))}>
                      续租一期
                    </View>
                  ) : null}
                </View>
              </Section>
            ) : null}
            {a.status === 'incomplete' ? <Resubmit a={a} onDone={page.set} /> : null}
            {a.periods.length ? (
              <Section title="车位费">
                <View className="card">
                  {a.periods.map((p) => (
                    <View key={p.seq} className="wf-line">
                      <Text>
                        {p.startOn} 至 {p.endOn}
                      </Text>
                      <Text className="nowrap">
                        {yuan(p.amountFen)} · {p.paidAt ? '已缴' : '待缴'}
                      </Text>
                    </View>
                  ))}
                  {a.periods.some((p) => !p.paidAt && p.billStatus === 'unpaid') ? (
                    <View className="btn btn--primary btn--block t-prk-pay" {...tappable('去缴费', () => void pay(a))}>
                      {paying ? '正在打开支付…' : '微信支付'}
                    </View>
                  ) : null}
                </View>
              </Section>
            ) : null}
            <Section title="资料">
              <View className="card">
                {a.docs.map((d) => (
                  <View key={d.doc} className="wf-line">
                    <Text>{d.label}</Text>
                    <Text className="muted">
                      {d.verdict === 'checked' ? '已核对' : d.verdict ? '需补交' : d.uploadIds.length ? '待核对' : '未上传'}
                    </Text>
                  </View>
                ))}
              </View>
            </Section>
            <WorkflowTimeline events={a.timeline} />
          </>
        )}
      </PageState>
    </View>
  );
}
