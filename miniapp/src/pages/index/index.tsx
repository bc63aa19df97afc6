import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { formatYuan, OCCUPANT_KIND_LABELS, OPEN_REPAIR_STATUSES, type RepairStatus } from '@wy/shared';
import { HOME_ENTRIES } from '../../components/entries';
import { ServiceGrid } from '../../components/grid';
import { LoginCard, RepairStatusTag, Skeleton, StatusTag } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import { formatDate, loadMyRooms, roomLabel, selectRoom } from '../../services/rooms';
import type { MyBills, MyBinding, MyRoom, RequestSummary } from '../../services/models';
import './index.css';

const BIND_URL = '/pkg-auth/bind/index';
const BILLS_URL = '/pkg-repair/bills/index';

export default function Home() {
  const [loggedIn, setLoggedIn] = useState(session.isLoggedIn());
  const [loading, setLoading] = useState(true);
  const [rooms, setRooms] = useState<MyRoom[]>([]);
  const [current, setCurrent] = useState<MyRoom | null>(null);
  const [bindings, setBindings] = useState<MyBinding[]>([]);
  const [repairs, setRepairs] = useState<RequestSummary[]>([]);
  const [owed, setOwed] = useState<MyBills | null>(null);

  const load = useCallback(async () => {
    // a technician signed in on this device uses the staff section, not the owner pages
    const li = session.isLoggedIn() && session.me?.kind !== 'staff';
    setLoggedIn(li);
    if (!li) {
      setRooms([]);
      setCurrent(null);
      setBindings([]);
      setRepairs([]);
      setOwed(null);
      setLoading(false);
      return;
    }
    try {
      const [r, b, q, bills] = await Promise.all([
        loadMyRooms(),
        api.get('/me/bindings'),
        api.get('/me/service-requests', { silent: true }).catch(() => [] as RequestSummary[]),
        api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }).catch(() => null),
      ]);
      setRooms(r.rooms);
      setCurrent(r.current);
      setBindings(b);
      setRepairs(q);
      setOwed(bills);
    } catch {
      // the wrapper already showed the message
    } finally {
      setLoggedIn(session.isLoggedIn() && session.me?.kind !== 'staff');
      setLoading(false);
    }
  }, []);

  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const switchRoom = async () => {
    if (rooms.length === 0) return;
    const shown = rooms.slice(0, 5);
    const itemList = [...shown.map((r) => roomLabel(r)), '绑定其他房屋'];
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList });
      if (tapIndex === shown.length) {
        void Taro.navigateTo({ url: BIND_URL });
        return;
      }
      const room = shown[tapIndex];
      if (room) {
        selectRoom(room);
        setCurrent(room);
      }
    } catch {
      // cancelled
    }
  };

  const callCentre = async () => {
    if (!loggedIn) {
      void Taro.navigateTo({ url: '/pkg-auth/login/index' });
      return;
    }
    const phone = current?.servicePhone;
    if (!current) {
      void Taro.showToast({ title: '绑定房屋后可一键联系物业服务中心', icon: 'none' });
      return;
    }
    if (!phone) {
      void Taro.showToast({ title: '该项目暂未设置客服电话', icon: 'none' });
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '联系物业服务中心',
      content: `${current.projectName}\n客服电话 ${phone}`,
      confirmText: '拨打',
      cancelText: '取消',
    });
    if (confirm) void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };

  const open = bindings.find((b) => b.status === 'pending') ?? null;
  const latestRejected = !open && rooms.length === 0 ? (bindings.find((b) => b.status === 'rejected') ?? null) : null;
  const progress = open ?? latestRejected;
  const openRepair =
    repairs
      .filter((q) => OPEN_REPAIR_STATUSES.includes(q.status as RepairStatus))
      .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1))[0] ?? null;

  return (
    <View className="page home">
      <View className="home__head">
        <View className="home__room t-room-switcher" onClick={switchRoom}>
          {loggedIn && current ? (
            <>
              <Text className="home__project">{current.projectName}</Text>
              <View className="home__room-line">
                <Text className="home__room-no t-current-room">{roomLabel(current, false)}</Text>
                <Text className="home__kind">{OCCUPANT_KIND_LABELS[current.kind]}</Text>
                {rooms.length > 1 ? <Text className="home__switch">切换 ▾</Text> : null}
              </View>
            </>
          ) : (
            <>
              <Text className="home__project">物业服务中心</Text>
              <Text className="home__room-no">{loggedIn ? (loading ? '加载中…' : '尚未绑定房屋') : '您好，欢迎回家'}</Text>
            </>
          )}
        </View>
        <View className="home__call t-call" hoverClass="home__call--hover" onClick={callCentre}>
          <Text className="home__call-icon">☎</Text>
          <Text className="home__call-text">客服</Text>
        </View>
      </View>

      {!loggedIn && session.me?.kind === 'staff' && session.isLoggedIn() ? (
        <View className="card home__bind t-staff-card" onClick={() => Taro.navigateTo({ url: '/pkg-staff/index/index' })}>
          <View className="home__bind-main">
            <Text className="home__bind-title">{session.me.name}，您已登录员工账号</Text>
            <Text className="home__bind-desc">在工作台接单、处理工单</Text>
          </View>
          <Button className="btn btn--primary btn--small">工作台</Button>
        </View>
      ) : !loggedIn ? (
        <LoginCard />
      ) : null}

      {loggedIn && loading ? (
        <View className="pad">
          <Skeleton rows={1} />
        </View>
      ) : null}

      {loggedIn && !loading && rooms.length === 0 ? (
        <View className="card home__bind t-bind-card" onClick={() => Taro.navigateTo({ url: BIND_URL })}>
          <View className="home__bind-main">
            <Text className="home__bind-title">绑定房屋</Text>
            <Text className="home__bind-desc">
              {open ? '已提交绑定申请，审核通过后即可使用全部服务' : '绑定您的房屋后，可报修、缴费、办理业务'}
            </Text>
          </View>
          <Button className="btn btn--primary btn--small t-bind-go">{open ? '查看' : '去绑定'}</Button>
        </View>
      ) : null}

      {loggedIn && owed && owed.unpaidFen > 0 ? (
        <View
          className="card home__bill t-bill-card"
          hoverClass="cell--hover"
          onClick={() => Taro.navigateTo({ url: BILLS_URL })}
        >
          <View className="home__bill-main">
            <Text className="home__bill-line">
              待缴 <Text className="home__bill-amount t-bill-card-amount">{formatYuan(owed.unpaidFen)}</Text>
            </Text>
            <Text className="home__bill-desc">
              {owed.items.length > 1 ? `${owed.items.length} 笔 · ` : ''}请到物业服务中心缴纳
            </Text>
          </View>
          <Text className="home__bill-go">查看 ›</Text>
        </View>
      ) : null}

      <View className="card home__grid">
        <ServiceGrid entries={HOME_ENTRIES} loggedIn={loggedIn} />
      </View>

      {loggedIn && openRepair ? (
        <View
          className="card home__progress t-progress t-progress-repair"
          onClick={() => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${openRepair.id}` })}
        >
          <View className="home__progress-head">
            <Text className="home__progress-title">进行中</Text>
            <Text
              className="muted"
              onClick={(e) => {
                e.stopPropagation();
                void Taro.switchTab({ url: '/pages/inbox/index' });
              }}
            >
              全部办理 ›
            </Text>
          </View>
          <View className="home__progress-row">
            <View className="cell__main">
              <Text className="cell__title">报修 · {openRepair.categoryName}</Text>
              <Text className="cell__desc">
                {openRepair.assigneeKind === 'staff'
                  ? `${openRepair.assigneeName} 师傅 · `
                  : openRepair.assigneeKind === 'team'
                    ? `${openRepair.assigneeName} · `
                    : openRepair.assigneeKind === 'pool'
                      ? '等待师傅接单 · '
                      : ''}
                {openRepair.summary}
              </Text>
              <Text className="cell__desc">提交于 {formatDate(openRepair.receivedAt)}</Text>
            </View>
            <RepairStatusTag status={openRepair.status as RepairStatus} />
          </View>
        </View>
      ) : null}

      {loggedIn && progress && !openRepair ? (
        <View className="card home__progress t-progress" onClick={() => Taro.switchTab({ url: '/pages/inbox/index' })}>
          <View className="home__progress-head">
            <Text className="home__progress-title">{open ? '进行中' : '最近办理'}</Text>
            <Text className="muted">全部办理 ›</Text>
          </View>
          <View className="home__progress-row">
            <View className="cell__main">
              <Text className="cell__title">房屋绑定申请</Text>
              <Text className="cell__desc">
                {progress.projectName} {progress.buildingName} {progress.roomNo}
              </Text>
              {progress.status === 'rejected' && progress.rejectReason ? (
                <Text className="home__reason">驳回原因：{progress.rejectReason}</Text>
              ) : null}
            </View>
            <StatusTag status={progress.status} />
          </View>
        </View>
      ) : null}
    </View>
  );
}
