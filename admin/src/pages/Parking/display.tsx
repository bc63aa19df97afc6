/** How the parking screens show kinds, states and money (labels from @wy/shared). */
import { PARKING_SPACE_KIND_LABELS, PARKING_SPACE_STATE_LABELS, type ParkingSpaceKind, type ParkingSpaceState } from '@wy/shared';

export const kindLabel = (k: string) => PARKING_SPACE_KIND_LABELS[k as ParkingSpaceKind] ?? k;
export const spaceStateLabel = (s: string) => PARKING_SPACE_STATE_LABELS[s as ParkingSpaceState] ?? s;

const DONE = new Set(['active']);
const STOPPED = new Set(['rejected', 'cancelled', 'ended']);
const ATTENTION = new Set(['incomplete', 'waiting', 'offered']);
export function statusColor(s: string): string {
  if (DONE.has(s)) return 'green';
  if (STOPPED.has(s)) return 'default';
  if (ATTENTION.has(s)) return 'orange';
  return 'blue';
}

/** A space state's colour in the grid and the list. */
export const SPACE_STATE_COLORS: Record<ParkingSpaceState, string> = {
  free: '#52c41a',
  reserved: '#faad14',
  rented: '#1677ff',
  fixed: '#722ed1',
  out_of_use: '#bfbfbf',
};
