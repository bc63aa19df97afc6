/** The cards of 首页. */
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { formatYuan, OCCUPANT_KIND_LABELS, OPEN_REPAIR_STATUSES, technicianTitle, type RepairStatus } from '@wy/shared';
import { RepairStatusTag, StatusTag } from '../../components/ui';
import { callCentre } from '../../components/call';
import { Tap } from '../../components/tap';
import { fullTime } from '../../services/format';
import { roomLabel } from '../../services/rooms';
import { session } from '../../services/session';
import type { MyActivity, MyBills, MyBinding, MyNotice, MyRoom, RequestSummary } from '../../services/models';
import type { HomeData } from './load';

const BIND_URL = '/pkg-auth/bind/index';
const BILLS_URL = '/pkg-fee/index/index';
const INBOX_URL = '/pages/inbox/index';
const NOTICES_URL = '/pkg-info/list/index';
const ACTIVITIES_URL = '/pkg-info/activities/index';

/** Which room I am looking at (tap to switch or bind another) and the 客服 call button. */
export function HomeHeader(props: { data: HomeData | undefined; onSwitch: (room: MyRoom) => void }) {
  const d = props.data;
  const current = d?.current ?? null;
  const switchRoom = async () => {
    if (!d || d.rooms.length === 0) return;
    const shown = d.rooms.slice(0, 5);
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: [...shown.map((r) => roomLabel(r)), '绑定其他房屋'] });
      if (tapIndex === shown.length) void Taro.navigateTo({ url: BIND_URL });
      else if (shown[tapIndex]) props.onSwitch(shown[tapIndex]);
    } catch {
      // cancelled
    }
  };
  const call = () => {
    if (d?.who !== 'owner') void Taro.navigateTo({ url: '/pkg-auth/login/index' });
    else if (!current) void Taro.showToast({ title: '绑定房屋后可一键联系物业服务中心', icon: 'none' });
    else void callCentre(current.servicePhone, current.projectName);
  };
  return (
    <View className="home__head">
      <Tap
        className="home__room t-room-switcher"
        label={current ? `${current.projectName} ${roomLabel(current, false)}，切换房屋` : '物业服务中心'}
        onTap={switchRoom}
      >
        {current ? (
          <>
            <Text className="home__project">{current.projectName}</Text>
            <View className="home__room-line">
              <Text className="home__room-no t-current-room">{roomLabel(current, false)}</Text>
              <Text className="home__kind">{OCCUPANT_KIND_LABELS[current.kind]}</Text>
              {d && d.rooms.length > 1 ? <Text className="home__switch">切换 ▾</Text> : null}
            </View>
          </>
        ) : (
          <>
            <Text className="home__project">物业服务中心</Text>
            <Text className="home__room-no">{!d ? '加载中…' : d.who === 'owner' ? '尚未绑定房屋' : '您好，欢迎回家'}</Text>
          </>
        )}
      </Tap>
      <Tap className="home__call t-call" hoverClass="home__call--hover" label="联系物业服务中心" onTap={call}>
        <Text className="home__call-icon">☎</Text>
        <Text className="home__call-text">客服</Text>
      </Tap>
    </View>
  );
}

/** A technician signed in on this device works in the staff section. */
export function StaffCard() {
  return (
    <View className="card home__bind t-staff-card" onClick={() => Taro.navigateTo({ url: '/pkg-staff/index/index' })}>
      <View className="home__bind-main">
        <Text className="home__bind-title">{session.me?.name}，您已登录员工账号</Text>
        <Text className="home__bind-desc">在工作台接单、处理工单</Text>
      </View>
      <Button className="btn btn--primary btn--small">工作台</Button>
    </View>
  );
}

export function BindCard(props: { bindings: MyBinding[] }) {
  const open = props.bindings.some((b) => b.status === 'pending');
  return (
    <View className="card home__bind t-bind-card" onClick={() => Taro.navigateTo({ url: BIND_URL })}>
      <View className="home__bind-main">
        <Text className="home__bind-title">绑定房屋</Text>
        <Text className="home__bind-desc">
          {open ? '已提交绑定申请，审核通过后即可使用全部服务' : '绑定您的房屋后，可报修、缴费、办理业务'}
        </Text>
      </View>
      <Button className="btn btn--primary btn--small t-bind-go">{open ? '查看' : '去绑定'}</Button>
    </View>
  );
}

/** "待缴 ¥x · 查看" only when something is owed. */
export function BillCard(props: { owed: MyBills }) {
  const { owed } = props;
  return (
    <View className="card home__bill t-bill-card" hoverClass="cell--hover" onClick={() => Taro.navigateTo({ url: BILLS_URL })}>
      <View className="home__bill-main">
        <Text className="home__bill-line">
          待缴 <Text className="home__bill-amount t-bill-card-amount">{formatYuan(owed.unpaidFen)}</Text>
        </Text>
        <Text className="home__bill-desc">{owed.items.length > 1 ? `${owed.items.length} 笔 · ` : ''}请到物业服务中心缴纳</Text>
      </View>
      <Tap className="home__bill-go" label="查看待缴账单" onTap={() => void Taro.navigateTo({ url: BILLS_URL })}>
        查看 ›
      </Tap>
    </View>
  );
}

/** The bill card's place while 首页 waits for its answers: the same lines, unseen, so it has the same height. */
export function BillPlace() {
  return (
    <View className="card home__bill home__bill--place" aria-hidden>
      <View className="home__bill-main">
        <Text className="home__bill-line">
          待缴 <Text className="home__bill-amount">¥0,000.00</Text>
        </Text>
        <Text className="home__bill-desc">请到物业服务中心缴纳</Text>
      </View>
      <View className="home__bill-go">查看 ›</View>
    </View>
  );
}

/**
 * R-ACT-04 the urgent strip: the newest urgent announcement valid for a building of mine (tap: its detail),
 * and how many more (tap: 社区公告). One line of a fixed height, so its held place (NoticePlace) matches it.
 */
export function NoticeStrip(props: { notices: MyNotice[] }) {
  const [n] = props.notices;
  if (!n) return null;
  const more = props.notices.length - 1;
  return (
    <View className="card home__notice t-notice-strip">
      <Text className="home__notice-badge" aria-hidden>
        紧急
      </Text>
      <Tap
        className="home__notice-title t-notice-strip-title"
        label={`紧急公告：${n.title}，查看详情`}
        onTap={() => void Taro.navigateTo({ url: `/pkg-info/detail/index?id=${n.id}` })}
      >
        {n.title}
      </Tap>
      {more > 0 ? (
        <Tap
          className="home__notice-more"
          label={`还有 ${more} 条紧急公告，查看社区公告`}
          onTap={() => void Taro.navigateTo({ url: NOTICES_URL })}
        >
          +{more}
        </Tap>
      ) : null}
    </View>
  );
}

/** The strip's place while 首页 waits for its answers (held only when the last load showed one). */
export function NoticePlace() {
  return (
    <View className="card home__notice home__notice--place" aria-hidden>
      <Text className="home__notice-badge">紧急</Text>
    </View>
  );
}

/** Who holds my open repair, in the owner's words. */
function holder(r: RequestSummary): string {
  if (r.assigneeKind === 'staff' && r.assigneeName) return `${technicianTitle(r.assigneeName)} · `;
  if (r.assigneeKind === 'team' && r.assigneeName) return `${r.assigneeName} · `;
  if (r.assigneeKind === 'pool') return '等待师傅接单 · ';
  return '';
}

/** "进行中": my latest open repair, else my open (or last refused) room binding. */
export function ProgressCard(props: { repairs: RequestSummary[]; bindings: MyBinding[]; hasRoom: boolean }) {
  const open = props.repairs
    .filter((q) => OPEN_REPAIR_STATUSES.includes(q.status as RepairStatus))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1))[0];
  if (open) {
    return (
      <View
        className="card home__progress t-progress t-progress-repair"
        // the card is a large target for a finger; it holds its own button (全部办理), so it is not one itself
        onClick={() => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${open.id}` })}
      >
        <View className="home__progress-head">
          <Text className="home__progress-title">进行中</Text>
          <Tap className="muted tap-min" label="全部办理" onTap={() => void Taro.switchTab({ url: INBOX_URL })}>
            全部办理 ›
          </Tap>
        </View>
        <Tap
          className="home__progress-row"
          label={`报修 ${open.categoryName}，${open.summary}，查看进度`}
          onTap={() => void Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${open.id}` })}
        >
          <View className="cell__main">
            <Text className="cell__title">报修 · {open.categoryName}</Text>
            <Text className="cell__desc t-progress-desc">
              {holder(open)}
              {open.summary}
            </Text>
            <Text className="cell__desc t-progress-at">
              {open.code} · 提交于 <Text className="nowrap">{fullTime(open.receivedAt)}</Text>
            </Text>
          </View>
          <RepairStatusTag status={open.status} viewer="owner" />
        </Tap>
      </View>
    );
  }
  const pending = props.bindings.find((b) => b.status === 'pending');
  const binding = pending ?? (!props.hasRoom ? props.bindings.find((b) => b.status === 'rejected') : undefined);
  if (!binding) return null;
  return (
    <View className="card home__progress t-progress" onClick={() => Taro.switchTab({ url: INBOX_URL })}>
      <View className="home__progress-head">
        <Text className="home__progress-title">{pending ? '进行中' : '最近办理'}</Text>
        <Tap className="muted tap-min" label="全部办理" onTap={() => void Taro.switchTab({ url: INBOX_URL })}>
          全部办理 ›
        </Tap>
      </View>
      <View className="home__progress-row">
        <View className="cell__main">
          <Text className="cell__title">房屋绑定申请</Text>
          <Text className="cell__desc">
            {binding.projectName} {binding.buildingName} {binding.roomNo}
          </Text>
          {binding.status === 'rejected' && binding.rejectReason ? (
            <Text className="home__reason">驳回原因：{binding.rejectReason}</Text>
          ) : null}
        </View>
        <StatusTag status={binding.status} />
      </View>
    </View>
  );
}

/** "12-20 14:00 · 大厦一楼中庭", or the planned month while it asks opinions. */
function activityLine(a: MyActivity): string {
  if (!a.startsAt) return `计划 ${a.plannedMonth.replace('-', '年')}月 · 欢迎提出您的意见`;
  const at = fullTime(a.startsAt, { timeZone: a.timeZone }).slice(5);
  return a.place ? `${at} · ${a.place}` : at;
}

/**
 * R-ACT-02 社区活动 at the end of 首页: the next activity taking sign-ups (or asking my opinion) in one row, and 全部
 * to the list; its place is held before the answers come (ActivityPlace), as the strip's is (it is the last block,
 * so nothing below it moves when its text wraps to another height at large text sizes).
 */
export function ActivityCard(props: { activities: MyActivity[] }) {
  const [a] = props.activities;
  if (!a) return null;
  return (
    <View className="card home__activity t-home-activity">
      <View className="home__progress-head">
        <Text className="home__progress-title">社区活动</Text>
        <Tap className="muted tap-min" label="全部社区活动" onTap={() => void Taro.navigateTo({ url: ACTIVITIES_URL })}>
          全部 ›
        </Tap>
      </View>
      <Tap
        className="home__activity-row t-home-activity-row"
        label={`${a.phaseLabel}：${a.theme}，查看活动`}
        onTap={() => void Taro.navigateTo({ url: `/pkg-info/activity/index?id=${a.id}` })}
      >
        <View className="cell__main">
          <View className="home__activity-line">
            <Text className="home__activity-theme">{a.theme}</Text>
            <Text className="home__activity-tag">{a.signedUp ? '已报名' : a.phaseLabel}</Text>
          </View>
          <Text className="cell__desc home__activity-desc">{activityLine(a)}</Text>
        </View>
      </Tap>
    </View>
  );
}

/** The activity section's place while 首页 waits for its answers: the same lines, unseen, so it has the same height. */
export function ActivityPlace() {
  return (
    <View className="card home__activity home__activity--place" aria-hidden>
      <View className="home__progress-head">
        <Text className="home__progress-title">社区活动</Text>
        <View className="muted tap-min">全部 ›</View>
      </View>
      <View className="home__activity-row">
        <View className="cell__main">
          <View className="home__activity-line">
            <Text className="home__activity-theme">活动</Text>
            <Text className="home__activity-tag">报名中</Text>
          </View>
          <Text className="cell__desc home__activity-desc">12-20 14:00</Text>
        </View>
      </View>
    </View>
  );
}
