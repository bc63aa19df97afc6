/**
 * Bind-room wizard: project → building → (unit) room → identity and name → "审核中".
 * Existing pending / rejected applications are listed on top so the owner sees where they stand.
 */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { OCCUPANT_KIND_LABELS, OCCUPANT_KINDS, type OccupantKind } from '@wy/shared';
import { Empty, Skeleton, StatusTag } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { DirectoryBuilding, DirectoryProject, DirectoryRoom, MyBinding } from '../../services/models';
import './index.css';
import { tappable } from '../../components/tap';

type Step = 'project' | 'building' | 'room' | 'identity' | 'done';
const STEPS: { key: Exclude<Step, 'done'>; label: string }[] = [
  { key: 'project', label: '项目' },
  { key: 'building', label: '楼栋' },
  { key: 'room', label: '房号' },
  { key: 'identity', label: '身份' },
];
const KIND_DESC: Record<OccupantKind, string> = {
  owner: '房屋产权人，由物业服务中心审核',
  member: '业主的家人，由业主或物业服务中心审核',
  tenant: '承租人，由业主或物业服务中心审核',
};

async function loadStart() {
  const [projects, b] = await Promise.all([
    api.get('/directory/projects', { silent: true }),
    api.get('/me/bindings', { silent: true }),
  ]);
  return { projects, mine: b.filter((x) => x.status === 'pending' || x.status === 'rejected') };
}

export default function Bind() {
  const [step, setStep] = useState<Step>('project');
  // the first step's data (the projects, my open applications) through the page hook; later steps load on tap
  const start = usePage(loadStart, { guard: requireOwner });
  const [loading, setLoading] = useState(false);
  const [buildings, setBuildings] = useState<DirectoryBuilding[]>([]);
  const [rooms, setRooms] = useState<DirectoryRoom[]>([]);
  const [project, setProject] = useState<DirectoryProject | null>(null);
  const [building, setBuilding] = useState<DirectoryBuilding | null>(null);
  const [room, setRoom] = useState<DirectoryRoom | null>(null);
  const [unit, setUnit] = useState<string>('');
  const [keyword, setKeyword] = useState('');
  const [kind, setKind] = useState<OccupantKind | null>(null);
  const [name, setName] = useState(session.me?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MyBinding | null>(null);
  const mine = start.data?.mine ?? [];

  const pickProject = async (p: DirectoryProject) => {
    setProject(p);
    setBuilding(null);
    setRoom(null);
    setStep('building');
    setLoading(true);
    try {
      setBuildings(await api.get('/directory/projects/{id}/buildings', { path: { id: p.id } }));
    } catch {
      setBuildings([]);
    } finally {
      setLoading(false);
    }
  };

  const pickBuilding = async (b: DirectoryBuilding) => {
    setBuilding(b);
    setRoom(null);
    setKeyword('');
    setStep('room');
    setLoading(true);
    try {
      const list = await api.get('/directory/buildings/{id}/rooms', { path: { id: b.id } });
      setRooms(list);
      setUnit(list[0]?.unit ?? '');
    } catch {
      setRooms([]);
    } finally {
      setLoading(false);
    }
  };

  const pickRoom = (r: DirectoryRoom) => {
    setRoom(r);
    setStep('identity');
  };

  const submit = async () => {
    if (!room || busy) return;
    if (!kind) return void Taro.showToast({ title: '请选择您的身份', icon: 'none' });
    const n = name.trim();
    if (n.length < 2) return void Taro.showToast({ title: '请填写真实姓名', icon: 'none' });
    setBusy(true);
    try {
      const b = await api.post('/me/bindings', { body: { roomId: room.id, kind, name: n } });
      setResult(b);
      setStep('done');
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  const units = useMemo(() => [...new Set(rooms.map((r) => r.unit ?? ''))], [rooms]);
  const floors = useMemo(() => {
    const k = keyword.trim();
    const list = rooms.filter((r) => (units.length > 1 ? (r.unit ?? '') === unit : true) && (!k || r.roomNo.includes(k)));
    const byFloor = new Map<string, DirectoryRoom[]>();
    for (const r of list) {
      const f = r.floor === null || r.floor === undefined ? '' : String(r.floor);
      byFloor.set(f, [...(byFloor.get(f) ?? []), r]);
    }
    return [...byFloor.entries()].sort((a, b) => Number(a[0]) - Number(b[0]));
  }, [rooms, unit, units, keyword]);

  if (step === 'done' && result) {
    const approved = result.status === 'approved';
    return (
      <View className="page bind">
        <View className="card bind__result t-bind-result">
          <View className={`bind__result-icon ${approved ? 'bind__result-icon--ok' : ''}`}>{approved ? '✓' : '审'}</View>
          <Text className="bind__result-title t-bind-result-title">{approved ? '绑定成功' : '已提交，审核中'}</Text>
          <Text className="bind__result-room">
            {result.projectName} {result.buildingName} {result.roomNo}
          </Text>
          <View className="bind__result-tags">
            <Text className="bind__kind">{OCCUPANT_KIND_LABELS[result.kind]}</Text>
            <StatusTag status={result.status} />
          </View>
          <Text className="muted bind__result-tip">
            {approved
              ? '现在可以使用报修、缴费等全部服务'
              : result.kind === 'owner'
                ? '物业服务中心核对房屋信息后为您开通，审核进度可在「办理」中查看'
                : '业主或物业服务中心同意后即可使用，审核进度可在「办理」中查看'}
          </Text>
        </View>
        <View className="pad bind__result-actions">
          <Button
            className="btn btn--primary btn--block t-bind-home"
            onClick={() => Taro.switchTab({ url: '/pages/index/index' })}
          >
            返回首页
          </Button>
          <Button
            className="btn btn--block bind__second t-bind-inbox"
            onClick={() => Taro.switchTab({ url: '/pages/inbox/index' })}
          >
            查看办理进度
          </Button>
        </View>
      </View>
    );
  }

  const stepIndex = STEPS.findIndex((s) => s.key === step);
  const picked = [project?.name, building?.name, room ? `${room.unit ? room.unit + ' ' : ''}${room.roomNo}` : undefined];

  return (
    <View className="page bind">
      <View className="bind__steps">
        {STEPS.map((s, i) => (
          <View
            key={s.key}
            className={`bind__step ${i === stepIndex ? 'bind__step--on' : ''} ${i < stepIndex ? 'bind__step--done' : ''}`}
            {...(i < stepIndex ? tappable(`重新选择${s.label}`, () => setStep(s.key)) : {})}
          >
            <View className="bind__step-dot">{i < stepIndex ? '✓' : i + 1}</View>
            <Text className="bind__step-label">{s.label}</Text>
            <Text className="bind__step-value">{i < stepIndex ? picked[i] : ''}</Text>
          </View>
        ))}
      </View>

      {step === 'project' && mine.length > 0 ? (
        <View className="card card--flush bind__mine">
          {mine.map((b) => (
            <View key={b.id} className="cell t-bind-mine">
              <View className="cell__main">
                <Text className="cell__title">
                  {b.projectName} {b.buildingName} {b.roomNo}
                </Text>
                <Text className={`cell__desc ${b.status === 'rejected' ? 'bind__reason' : ''}`}>
                  {b.status === 'rejected'
                    ? `驳回原因：${b.rejectReason || '未填写'}，可重新申请`
                    : `${OCCUPANT_KIND_LABELS[b.kind]} · 物业服务中心审核中`}
                </Text>
              </View>
              <StatusTag status={b.status} />
            </View>
          ))}
        </View>
      ) : null}

      <Text className="bind__ask">
        {step === 'project'
          ? '请选择您所在的小区 / 项目'
          : step === 'building'
            ? '请选择楼栋'
            : step === 'room'
              ? '请选择房号'
              : '请选择您的身份'}
      </Text>

      {step === 'project' ? (
        <PageState page={start}>
          {({ projects }) =>
            projects.length === 0 ? (
              <Empty title="暂无可绑定的项目" desc="请联系物业服务中心" />
            ) : (
              <View className="card card--flush">
                {projects.map((p) => (
                  <View key={p.id} className="cell t-bind-project" hoverClass="cell--hover" {...tappable(p.name, () => pickProject(p))}>
                    <View className="cell__main">
                      <Text className="cell__title">{p.name}</Text>
                      {p.address ? <Text className="cell__desc">{p.address}</Text> : null}
                    </View>
                    <Text className="cell__arrow">›</Text>
                  </View>
                ))}
              </View>
            )
          }
        </PageState>
      ) : loading ? (
        <View className="pad">
          <Skeleton rows={3} />
        </View>
      ) : step === 'building' ? (
        buildings.length === 0 ? (
          <Empty title="该项目暂无楼栋" actionText="重新选择项目" onAction={() => setStep('project')} />
        ) : (
          <View className="bind__tiles">
            {buildings.map((b) => (
              <View key={b.id} className="bind__tile t-bind-building" hoverClass="cell--hover" {...tappable(b.name, () => pickBuilding(b))}>
                <Text className="bind__tile-name">{b.name}</Text>
                {b.clusterName ? <Text className="bind__tile-desc">{b.clusterName}</Text> : null}
              </View>
            ))}
          </View>
        )
      ) : step === 'room' ? (
        rooms.length === 0 ? (
          <Empty title="该楼栋暂无房屋" actionText="重新选择楼栋" onAction={() => setStep('building')} />
        ) : (
          <View className="bind__rooms">
            {units.length > 1 ? (
              <View className="chips bind__units">
                {units.map((u) => (
                  <View key={u} className={`chip t-bind-unit ${u === unit ? 'chip--on' : ''}`} {...tappable(u, () => setUnit(u), { pressed: u === unit })}>
                    {u || '其他'}
                  </View>
                ))}
              </View>
            ) : null}
            {rooms.length > 12 ? (
              <View className="field bind__search">
                <Input
                  className="field__input t-bind-room-search"
                  type="number"
                  placeholder="输入房号快速查找，如 1201"
                  value={keyword}
                  onInput={(e) => setKeyword(e.detail.value)}
                />
              </View>
            ) : null}
            {floors.length === 0 ? <Text className="muted bind__none">没有找到该房号</Text> : null}
            {floors.map(([floor, list]) => (
              <View key={floor} className="bind__floor">
                {floor ? <Text className="bind__floor-label">{floor} 层</Text> : null}
                <View className="bind__room-grid">
                  {list.map((r) => (
                    <View
                      key={r.id}
                      className="bind__room t-bind-room"
                      hoverClass="bind__room--hover"
                      {...tappable(r.roomNo, () => pickRoom(r))}
                    >
                      {r.roomNo}
                    </View>
                  ))}
                </View>
              </View>
            ))}
          </View>
        )
      ) : (
        <View className="bind__identity">
          <View className="bind__kinds">
            {OCCUPANT_KINDS.map((k) => (
              <View
                key={k}
                className={`bind__kind-card t-bind-kind-${k} ${kind === k ? 'bind__kind-card--on' : ''}`}
                {...tappable(OCCUPANT_KIND_LABELS[k], () => setKind(k), { pressed: kind === k })}
              >
                <View className="bind__radio">{kind === k ? '✓' : ''}</View>
                <View className="cell__main">
                  <Text className="cell__title">{OCCUPANT_KIND_LABELS[k]}</Text>
                  <Text className="cell__desc">{KIND_DESC[k]}</Text>
                </View>
              </View>
            ))}
          </View>
          <Text className="bind__ask">您的姓名</Text>
          <View className="field bind__name">
            <Input
              className="field__input t-bind-name"
              placeholder="请填写与房产证或租赁合同一致的姓名"
              maxlength={20}
              value={name}
              onInput={(e) => setName(e.detail.value)}
            />
          </View>
          <Button className={`btn btn--primary btn--block t-bind-submit ${busy ? 'btn--disabled' : ''}`} onClick={submit}>
            {busy ? '提交中…' : '提交申请'}
          </Button>
        </View>
      )}
    </View>
  );
}
