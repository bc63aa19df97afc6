/**
 * 车位申请 (mine): where it stands in my words, what is missing and why (R-PRK-06: send it again here), my
 * place in the waiting list (R-PRK-04), the space, card and term once issued, its rent bills (pay in 物业缴费)
 * and renewal, and the steps.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime, yuan } from '../../services/format';
import { api } from '../../services/request';
import { DocPhotos } from '../docs';
import { kindText, termText, type MyParkingApp } from '../words';
import '../../srv-common/srv.css';
import '../parking.css';

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
          <View className="btn btn--primary btn--block t-prk-resubmit" onClick={send}>
            {busy ? '提交中…' : '提交补交的资料'}
          </View>
        </View>
      </View>
    </Section>
  );
}

export default function ParkingDetail() {
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/parking/applications/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  const renew = async (a: MyParkingApp) => {
    try {
      page.set(await api.post('/me/parking/applications/{id}/renew', { path: { id: a.id } }));
      Taro.navigateTo({ url: '/pkg-repair/bills/index' });
    } catch {
      // shown
    }
  };
  return (
    <View className="page">
      <PageState page={page}>
        {(a) => (
          <>
            <View className="card t-prk-detail">
              <View className="pk-row">
                <Text className="pk-title">
                  {kindText(a.kind)} · {termText(a.term)}
                </Text>
                <Text className="pk-tag t-prk-status">{a.statusLabel}</Text>
              </View>
              <Text className="pk-text">
                车牌 {a.plate} · {a.roomLabel}
              </Text>
              <Text className="muted">申请号 {a.code}</Text>
            </View>
            {a.refusal ? <View className="pk-notice t-prk-refusal">{a.refusal}</View> : null}
            {a.waitingPosition ? (
              <View className="pk-notice">
                {a.waitReason}。您现在排第 {a.waitingPosition} 位，有车位空出时将按顺序通知您。
              </View>
            ) : null}
            {a.offerExpiresAt ? (
              <View className="pk-notice">
                已为您保留车位 {a.spaceNo}，请在 <Text className="nowrap">{fullTime(a.offerExpiresAt)}</Text>{' '}
                前到服务中心签订合同。
              </View>
            ) : null}
            {a.cardNo ? (
              <Section title="我的车位">
                <View className="card t-prk-card">
                  <Text className="pk-text">
                    车位 {a.areaName} {a.spaceNo}
                  </Text>
                  <Text className="pk-text">
                    停车卡 <Text className="pk-card-no nowrap">{a.cardNo}</Text>
                  </Text>
                  {a.endOn ? (
                    <Text className="pk-text">
                      租期 <Text className="nowrap">{a.startOn}</Text> 至 <Text className="nowrap">{a.endOn}</Text>
                    </Text>
                  ) : null}
                  {a.status === 'active' && a.kind !== 'vip' ? (
                    <View className="btn btn--ghost btn--block t-prk-renew" onClick={() => renew(a)}>
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
                    <View key={p.seq} className="pk-price">
                      <Text>
                        {p.startOn} 至 {p.endOn}
                      </Text>
                      <Text className="nowrap">
                        {yuan(p.amountFen)} · {p.paidAt ? '已缴' : '待缴'}
                      </Text>
                    </View>
                  ))}
                  {a.periods.some((p) => !p.paidAt) ? (
                    <View
                      className="btn btn--primary btn--block t-prk-pay"
                      onClick={() => Taro.navigateTo({ url: '/pkg-repair/bills/index' })}
                    >
                      去缴费
                    </View>
                  ) : null}
                </View>
              </Section>
            ) : null}
            <Section title="资料">
              <View className="card">
                {a.docs.map((d) => (
                  <View key={d.doc} className="pk-price">
                    <Text>{d.label}</Text>
                    <Text className="muted">
                      {d.verdict === 'checked' ? '已核对' : d.verdict ? '需补交' : d.uploadIds.length ? '待核对' : '未上传'}
                    </Text>
                  </View>
                ))}
              </View>
            </Section>
            <Section title="办理进度">
              <View className="card">
                {a.timeline
                  .slice()
                  .reverse()
                  .map((e, i) => (
                    <View key={i} className="pk-doc">
                      <View className="pk-row">
                        <Text className="pk-text">{e.label}</Text>
                        <Text className="muted nowrap">{fullTime(e.at)}</Text>
                      </View>
                      {e.note ? <Text className="muted">{e.note}</Text> : null}
                    </View>
                  ))}
              </View>
            </Section>
          </>
        )}
      </PageState>
    </View>
  );
}
