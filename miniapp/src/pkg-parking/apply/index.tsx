/**
 * 申请车位 (R-PRK-02): the room (from the binding), the plate, the kind and term the plan prices, and a photo
 * of each document the rules ask of an owner or a tenant; the application gets a number and its page opens.
 */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { isPlate, requiredParkingDocs, type ParkingApplicantRole, type RentableSpaceKind } from '@wy/shared';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { yuan } from '../../services/format';
import { api, toast } from '../../services/request';
import { loadMyRooms, roomLabel } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { DocPhotos } from '../docs';
import type { ParkingPlan } from '../words';
import '../../srv-common/srv.css';
import '../../components/workflow.css';
import '../parking.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

async function load() {
  const { rooms, current } = await loadMyRooms();
  const plan = current
    ? await api.get('/me/parking/plan', { query: { projectId: current.projectId }, silent: true }).catch(() => null)
    : null;
  return { rooms, current, plan };
}

function Form(props: { room: MyRoom; plan: ParkingPlan }) {
  const kinds = [...new Set(props.plan.prices.map((p) => p.kind))];
  const [kind, setKind] = useState(kinds[0]!);
  const terms = props.plan.prices.filter((p) => p.kind === kind);
  const [term, setTerm] = useState(terms[0]!.term);
  const [plate, setPlate] = useState('');
  const [docs, setDocs] = useState<Record<string, number[]>>({});
  const [busy, setBusy] = useState(false);
  const role = props.room.kind as ParkingApplicantRole;
  const required = requiredParkingDocs(kind as RentableSpaceKind, role);
  const price = terms.find((t) => t.term === term) ?? terms[0]!;

  const pickKind = (k: string) => {
    setKind(k);
    setTerm(props.plan.prices.find((p) => p.kind === k)!.term);
  };
  const submit = async () => {
    if (busy) return;
    const p = plate.trim().toUpperCase();
    if (!isPlate(p)) return toast('请输入正确的车牌号，如 粤B12345');
    const missing = required.filter((d) => !docs[d]?.length);
    if (missing.length) return toast('请上传每一项资料的照片');
    setBusy(true);
    try {
      const a = await api.post('/me/parking/applications', {
        body: {
          roomId: props.room.roomId,
          plate: p,
          kind: kind as RentableSpaceKind,
          term: price.term as 'month',
          docs: required.map((d) => ({ doc: d, uploadIds: docs[d]! })),
        },
      });
      Taro.redirectTo({ url: `/pkg-parking/detail/index?id=${a.id}` });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="form-block">
        <View className="form-block__title">房屋</View>
        <Text>{roomLabel(props.room)}</Text>
      </View>
      <View className="form-block">
        <View className="form-block__title">车牌号</View>
        <Input
          className="pk-input t-prk-plate"
          placeholder="如 粤B12345"
          maxlength={10}
          value={plate}
          onInput={(e) => setPlate(e.detail.value)}
        />
      </View>
      <View className="form-block">
        <View className="form-block__title">车位类型</View>
        <View className="pk-chips">
          {kinds.map((k) => (
            <View key={k} className={`pk-chip ${k === kind ? 'pk-chip--on' : ''}`} {...tappable(props.plan.prices.find((p) => p.kind === k)!.kindLabel, () => pickKind(k), { pressed: k === kind })}>
              {props.plan.prices.find((p) => p.kind === k)!.kindLabel}
            </View>
          ))}
        </View>
        <View className="form-block__title" style={{ marginTop: '12px' }}>
          租期
        </View>
        <View className="pk-chips">
          {terms.map((t) => (
            <View
              key={t.term}
              className={`pk-chip ${t.term === price.term ? 'pk-chip--on' : ''}`}
              {...tappable(`${t.termLabel} ${yuan(t.amountFen)}`, () => setTerm(t.term), { pressed: t.term === price.term })}
            >
              {t.termLabel} <Text className="nowrap">{yuan(t.amountFen)}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className="form-block">
        <View className="form-block__title">
          <Text>资料照片</Text>
          <Text className="form-block__hint">请携带原件到服务中心核对</Text>
        </View>
        {required.map((d) => (
          <DocPhotos key={d} doc={d} ids={docs[d] ?? []} onChange={(ids) => setDocs({ ...docs, [d]: ids })} />
        ))}
      </View>
      <View className="pk-btns">
        <Button className="btn btn--primary btn--block t-prk-submit" disabled={busy} onClick={submit}>
          提交申请
        </Button>
      </View>
    </>
  );
}

export default function ApplyParking() {
  const elder = useElderClass();
  const page = usePage(load, { guard: requireOwner, once: true });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} rows={4}>
        {({ current, plan }) =>
          current && plan ? (
            <Form room={current} plan={plan} />
          ) : (
            <Empty
              title={current ? '本项目暂未公布车位租赁方案' : '绑定房屋后即可申请车位'}
              desc="如需车位，请咨询物业服务中心"
            />
          )
        }
      </PageState>
    </View>
  );
}
