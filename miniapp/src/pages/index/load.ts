import Taro from '@tarojs/taro';
import { api } from '../../services/request';
import { ownerSignedIn } from '../../services/auth';
import { session } from '../../services/session';
import { loadMyRooms } from '../../services/rooms';
import { modulesOf } from '../../components/entries';
import type { MyBills, MyBinding, MyRoom, RequestSummary } from '../../services/models';

export interface HomeData {
  /** a visitor, a technician signed in on this device, or an owner */
  who: 'guest' | 'staff' | 'owner';
  rooms: MyRoom[];
  current: MyRoom | null;
  bindings: MyBinding[];
  repairs: RequestSummary[];
  owed: MyBills | null;
}

export async function loadHome(): Promise<HomeData> {
  const none = { rooms: [], current: null, bindings: [], repairs: [], owed: null };
  if (!ownerSignedIn()) return { who: session.isLoggedIn() ? 'staff' : 'guest', ...none };
  const [r, bindings, repairs, owed] = await Promise.all([
    loadMyRooms(),
    api.get('/me/bindings', { silent: true }),
    api.get('/me/service-requests', { silent: true }),
    api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }),
  ]);
  const home: HomeData = { who: 'owner', rooms: r.rooms, current: r.current, bindings, repairs, owed };
  Taro.setStorageSync(BILL_KEY, showsBill(home) ? 1 : 0);
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
