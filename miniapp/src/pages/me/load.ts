import { api } from '../../services/request';
import { ownerSignedIn } from '../../services/auth';
import { session } from '../../services/session';
import { loadMyRooms } from '../../services/rooms';
import type { Me, MyBinding, MyRoom, Vehicle } from '../../services/models';

export type MeData =
  | { kind: 'guest' }
  | { kind: 'staff'; me: Me }
  | {
      kind: 'owner';
      me: Me;
      rooms: MyRoom[];
      current: MyRoom | null;
      bindings: MyBinding[];
      vehicles: Vehicle[];
      unpaidFen: number;
    };

export async function loadMe(): Promise<MeData> {
  if (!session.isLoggedIn()) return { kind: 'guest' };
  if (!ownerSignedIn()) return { kind: 'staff', me: session.me! };
  const [me, r, bindings, vehicles, bills] = await Promise.all([
    api.get('/auth/me', { silent: true }),
    loadMyRooms(),
    api.get('/me/bindings', { silent: true }),
    api.get('/me/vehicles', { silent: true }),
    api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }),
  ]);
  session.saveMe(me);
  return { kind: 'owner', me, rooms: r.rooms, current: r.current, bindings, vehicles, unpaidFen: bills.unpaidFen };
}
