import { api } from '../../services/request';
import { ownerSignedIn } from '../../services/auth';
import { session } from '../../services/session';
import { loadMyRooms } from '../../services/rooms';
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
  return { who: 'owner', rooms: r.rooms, current: r.current, bindings, repairs, owed };
}
