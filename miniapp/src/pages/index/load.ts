import Taro from '@tarojs/taro';
import { api } from '../../services/request';
import { ownerSignedIn } from '../../services/auth';
import { session } from '../../services/session';
import { loadMyRooms } from '../../services/rooms';
import { modulesOf } from '../../components/entries';
import type { MyActivity, MyBills, MyBinding, MyNotice, MyRoom, RequestSummary } from '../../services/models';

export interface HomeData {
  /** a visitor, a technician signed in on this device, or an owner */
  who: 'guest' | 'staff' | 'owner';
  rooms: MyRoom[];
  current: MyRoom | null;
  bindings: MyBinding[];
  repairs: RequestSummary[];
  owed: MyBills | null;
  /** R-ACT-04 urgent announcements valid now for a building of mine (首页's strip) */
  notices: MyNotice[];
  /** R-ACT-02 activities of my projects: polls asking my opinion and activities open for sign-up (the page ends with them) */
  activities: MyActivity[];
}

export async function loadHome(): Promise<HomeData> {
  const none = { rooms: [], current: null, bindings: [], repairs: [], owed: null, notices: [], activities: [] };
  if (!ownerSignedIn()) return { who: session.isLoggedIn() ? 'staff' : 'guest', ...none };
  const [r, bindings, repairs, owed, notices, activities] = await Promise.all([
    loadMyRooms(),
    api.get('/me/bindings', { silent: true }),
    api.get('/me/service-requests', { silent: true }),
    api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }),
    // the strip is a reminder: 首页 shows without it when it cannot be had
    api.get('/me/announcements/urgent', { silent: true }).catch((): MyNotice[] => []),
    // so is the activity section
    api
      .get('/me/activities', { silent: true })
      .then((d) => d.items.filter((a) => a.phase === 'open' || a.phase === 'poll' || a.phase === 'full'))
      .catch((): MyActivity[] => []),
  ]);
  const home: HomeData = { who: 'owner', rooms: r.rooms, current: r.current, bindings, repairs, owed, notices, activities };
  Taro.setStorageSync(BILL_KEY, showsBill(home) ? 1 : 0);
  Taro.setStorageSync(NOTICE_KEY, showsNotice(home) ? 1 : 0);
  Taro.setStorageSync(ACTIVITY_KEY, showsActivities(home) ? 1 : 0);
  return home;
}

/** 首页 shows the bill card: something is owed and the room's project has 缴费. */
export function showsBill(h: HomeData): boolean {
  return !!h.owed && h.owed.unpaidFen > 0 && modulesOf(h.current).includes('fee');
}

const BILL_KEY = 'wy.home.bill';
/**
 * Whether 首页 holds the bill card's place before its answers come: as the last load found (so an owner who
 * owes nothing does not see the tiles move up), and held when nothing is known yet.
 */
export function billExpected(): boolean {
  return Taro.getStorageSync(BILL_KEY) !== 0;
}

/** 首页 shows the urgent strip: an urgent announcement is valid for a building of mine and the room's project has 社区公告. */
export function showsNotice(h: HomeData): boolean {
  return h.notices.length > 0 && modulesOf(h.current).includes('info');
}

const NOTICE_KEY = 'wy.home.notice';
/**
 * Whether 首页 holds the strip's place before its answers come: as the last load found (an owner with nothing
 * urgent last time sees nothing held), and held when nothing is known yet, as the bill card's place is.
 */
export function noticeExpected(): boolean {
  return Taro.getStorageSync(NOTICE_KEY) !== 0;
}

/** 首页 ends with the activity section: an activity asks my opinion or takes sign-ups, and the room's project has 社区公告. */
export function showsActivities(h: HomeData): boolean {
  return h.activities.length > 0 && modulesOf(h.current).includes('info');
}

const ACTIVITY_KEY = 'wy.home.activity';
/** Whether 首页 holds the activity section's place before its answers come: as the last load found, held when nothing is known yet. */
export function activitiesExpected(): boolean {
  return Taro.getStorageSync(ACTIVITY_KEY) !== 0;
}
