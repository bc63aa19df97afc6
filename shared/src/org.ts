/** Organisation vocabularies shared by the API, the import sheet and both UIs. */
export const ROOM_USES = ['residential', 'office', 'retail', 'hotel', 'apartment', 'parking', 'storage', 'other'] as const;
export type RoomUse = (typeof ROOM_USES)[number];
export const ROOM_USE_LABELS: Record<RoomUse, string> = {
  residential: '住宅',
  office: '办公',
  retail: '商铺',
  hotel: '酒店',
  apartment: '公寓',
  parking: '车位',
  storage: '储藏室',
  other: '其他',
};
export function roomUseFromLabel(label: string): RoomUse | undefined {
  const t = label.trim();
  return (ROOM_USES as readonly string[]).includes(t)
    ? (t as RoomUse)
    : (Object.entries(ROOM_USE_LABELS).find(([, l]) => l === t)?.[0] as RoomUse | undefined);
}

export const PROJECT_KINDS = ['residential', 'office', 'mixed'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  residential: '住宅小区',
  office: '写字楼',
  mixed: '综合体',
};

/** Room area is kept in hundredths of a square metre (integer): 89.25 m² → 8925. */
export function parseArea(input: string | number): number {
  const s = String(input).trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error('面积格式不正确，最多两位小数');
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
}
export function formatArea(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** A room's label as every list and receipt writes it: "A座 1203", "3栋 2单元 0501" (building, unit, room number). */
export const roomLabel = (r: { buildingName: string; unit: string | null; roomNo: string }) =>
  `${r.buildingName} ${r.unit ? r.unit + ' ' : ''}${r.roomNo}`;
