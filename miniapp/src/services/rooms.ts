/** The owner's approved rooms and which one the app is currently showing. */
import { api } from './request';
import { session } from './session';
import type { MyRoom } from './models';

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

/** Loads my rooms and resolves (and remembers) the current one. */
export async function loadMyRooms(): Promise<{ rooms: MyRoom[]; current: MyRoom | null }> {
  const rooms = await api.get('/me/rooms');
  const current = currentOf(rooms);
  session.currentRoomId = current ? String(current.roomId) : null;
  return { rooms, current };
}

export function selectRoom(room: MyRoom): void {
  session.currentRoomId = String(room.roomId);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
