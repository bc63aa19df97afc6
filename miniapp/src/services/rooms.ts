/** The owner's approved rooms and which one the app is currently showing. */
import { api } from './request';
import { session } from './session';
import type { MyRoom } from './models';
import { setDisplayZone } from './format';

export function roomLabel(
  r: { projectName?: string; buildingName: string; unit?: string | null; roomNo: string },
  withProject = true,
): string {
  return [withProject ? r.projectName : '', r.buildingName, r.unit, r.roomNo].filter(Boolean).join(' ');
}

/** The room the app shows: the stored choice if still mine, else a home or office before a parking space. */
export function currentOf(rooms: MyRoom[]): MyRoom | null {
  const stored = session.currentRoomId;
  const preferred = rooms.find((r) => r.use !== 'parking' && r.use !== 'storage') ?? rooms[0] ?? null;
  return rooms.find((r) => String(r.roomId) === stored) ?? preferred;
}

/**
 * Loads my rooms and resolves (and remembers) the current one; times are shown in its project's zone.
 * Quiet: the page that asked shows a failure its own way.
 */
export async function loadMyRooms(): Promise<{ rooms: MyRoom[]; current: MyRoom | null }> {
  const rooms = await api.get('/me/rooms', { silent: true });
  const current = currentOf(rooms);
  selectRoom(current);
  return { rooms, current };
}

export function selectRoom(room: MyRoom | null): void {
  session.currentRoomId = room ? String(room.roomId) : null;
  setDisplayZone(room?.timeZone);
}
