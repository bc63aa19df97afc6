/**
 * Bulk onboarding of a site: one sheet of rooms with their cluster and building.
 * Pure: takes the sheet's rows (header first) and the project code, returns every
 * bad row with its line number and reason, or a plan of what to create.
 */
import {
  checkCodePart,
  encodePropertyCode,
  padCodePart,
  parseArea,
  roomUseFromLabel,
  type ImportRowProblem,
  type RoomUse,
} from '@wy/shared';

export const IMPORT_COLUMNS = [
  '组团编码',
  '组团名称',
  '楼栋编码',
  '楼栋名称',
  '单元',
  '楼层',
  '房号',
  '建筑面积',
  '用途',
  '户型',
  '产权证号',
  '交付日期',
] as const;
const REQUIRED = ['组团编码', '楼栋编码', '楼栋名称', '房号', '建筑面积', '用途'] as const;
export const MAX_IMPORT_ROWS = 20000;

export interface PlannedRoom {
  line: number;
  clusterCode: string;
  buildingCode: string;
  roomNo: string;
  propertyCode: string;
  unit: string | null;
  floor: number | null;
  area: number;
  use: RoomUse;
  layout: string | null;
  titleNo: string | null;
  deliveredOn: string | null;
}
export interface ImportPlan {
  clusters: Map<string, string>; // code → name
  /** where each cluster and building first appears, and whether the sheet named the cluster */
  lines: { cluster: Map<string, { line: number; named: boolean }>; building: Map<string, number> };
  buildings: Map<string, { clusterCode: string; code: string; name: string; maxFloor: number | null }>; // key cc+bc
  rooms: PlannedRoom[];
}

export type Cell = string | number | Date | null | undefined;

function text(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

function date(v: Cell): string | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : v.toISOString().slice(0, 10);
  const s = String(v).trim().replace(/[./]/g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return 'bad';
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(iso + 'T00:00:00Z');
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? 'bad' : iso;
}

export function planImport(
  rows: Cell[][],
  projectCode: string,
): { ok: true; plan: ImportPlan } | { ok: false; problems: ImportRowProblem[] } {
  const problems: ImportRowProblem[] = [];
  const header = (rows[0] ?? []).map(text);
  const idx = new Map<string, number>();
  header.forEach((h, i) => idx.set(h.replace(/\s|\*/g, ''), i));
  const missing = REQUIRED.filter((c) => !idx.has(c));
  if (missing.length)
    return { ok: false, problems: [{ line: 1, message: `表头缺少列：${missing.join('、')}（请使用导入模板）` }] };

  const data = rows
    .slice(1)
    .map((r, i) => ({ r, line: i + 2 }))
    .filter(({ r }) => r.some((c) => text(c) !== ''));
  if (!data.length) return { ok: false, problems: [{ line: 2, message: '文件中没有数据行' }] };
  if (data.length > MAX_IMPORT_ROWS) {
    return { ok: false, problems: [{ line: 1, message: `一次最多导入${MAX_IMPORT_ROWS}行，本文件有${data.length}行` }] };
  }

  const plan: ImportPlan = {
    clusters: new Map(),
    buildings: new Map(),
    rooms: [],
    lines: { cluster: new Map(), building: new Map() },
  };
  const clusterLine = new Map<string, number>();
  const buildingLine = new Map<string, number>();
  const codeLine = new Map<string, number>();
  const get = (r: Cell[], col: (typeof IMPORT_COLUMNS)[number]) => (idx.has(col) ? r[idx.get(col)!] : undefined);

  for (const { r, line } of data) {
    const bad = (message: string) => problems.push({ line, message });
    const code = (part: 'cluster' | 'building' | 'room', col: (typeof IMPORT_COLUMNS)[number]): string | null => {
      const raw = text(get(r, col));
      if (!raw) return (bad(`${col}不能为空`), null);
      let v: string;
      try {
        v = padCodePart(part, raw);
      } catch (e) {
        return (bad((e as Error).message), null);
      }
      const reason = checkCodePart(part, v);
      return reason ? (bad(reason), null) : v;
    };
    const cc = code('cluster', '组团编码');
    const bc = code('building', '楼栋编码');
    const rn = code('room', '房号');
    const clusterName = text(get(r, '组团名称')) || (cc ? `${cc}组团` : '');
    const buildingName = text(get(r, '楼栋名称'));
    if (!buildingName) bad('楼栋名称不能为空');
    if (buildingName.length > 50) bad('楼栋名称不能超过50个字');
    if (clusterName.length > 50) bad('组团名称不能超过50个字');

    let area = 0;
    const areaRaw = text(get(r, '建筑面积'));
    if (!areaRaw) bad('建筑面积不能为空');
    else {
      try {
        area = parseArea(areaRaw);
        if (area <= 0) bad('建筑面积必须大于0');
        if (area > 100_000_00) bad('建筑面积过大，请检查单位（平方米）');
      } catch {
        bad(`建筑面积“${areaRaw}”不是数字（单位平方米，最多两位小数）`);
      }
    }
    const useRaw = text(get(r, '用途'));
    const use = useRaw ? roomUseFromLabel(useRaw) : undefined;
    if (!useRaw) bad('用途不能为空');
    else if (!use) bad(`用途“${useRaw}”无效，可选：住宅、办公、商铺、酒店、公寓、车位、储藏室、其他`);

    const floorRaw = text(get(r, '楼层'));
    let floor: number | null = null;
    if (floorRaw) {
      floor = Number(floorRaw);
      if (!Number.isInteger(floor) || floor < -10 || floor > 200)
        (bad(`楼层“${floorRaw}”必须是-10到200之间的整数`), (floor = null));
    }
    const delivered = date(get(r, '交付日期'));
    if (delivered === 'bad') bad(`交付日期“${text(get(r, '交付日期'))}”格式不正确，应为 2024-06-30`);
    const unit = text(get(r, '单元')) || null;
    const layout = text(get(r, '户型')) || null;
    const titleNo = text(get(r, '产权证号')) || null;
    if (unit && unit.length > 20) bad('单元不能超过20个字');
    if (layout && layout.length > 30) bad('户型不能超过30个字');
    if (titleNo && titleNo.length > 50) bad('产权证号不能超过50个字');

    if (!cc || !bc || !rn) continue;
    const prevCluster = plan.clusters.get(cc);
    if (prevCluster !== undefined && prevCluster !== clusterName && text(get(r, '组团名称'))) {
      bad(`组团${cc}的名称“${clusterName}”与第${clusterLine.get(cc)}行的“${prevCluster}”不一致`);
    } else if (prevCluster === undefined) {
      plan.clusters.set(cc, clusterName);
      clusterLine.set(cc, line);
      plan.lines.cluster.set(cc, { line, named: !!text(get(r, '组团名称')) });
    }
    const bkey = cc + bc;
    const prevB = plan.buildings.get(bkey);
    if (prevB && buildingName && prevB.name !== buildingName) {
      bad(`楼栋${cc}-${bc}的名称“${buildingName}”与第${buildingLine.get(bkey)}行的“${prevB.name}”不一致`);
    } else if (!prevB && buildingName) {
      plan.buildings.set(bkey, { clusterCode: cc, code: bc, name: buildingName, maxFloor: floor });
      buildingLine.set(bkey, line);
      plan.lines.building.set(bkey, line);
    } else if (prevB && floor !== null && (prevB.maxFloor === null || floor > prevB.maxFloor)) {
      prevB.maxFloor = floor;
    }
    const propertyCode = encodePropertyCode({ project: projectCode, cluster: cc, building: bc, room: rn });
    const dup = codeLine.get(propertyCode);
    if (dup) {
      bad(`房号重复：物业编码${propertyCode}已在第${dup}行出现`);
      continue;
    }
    codeLine.set(propertyCode, line);
    if (use && delivered !== 'bad') {
      plan.rooms.push({
        line,
        clusterCode: cc,
        buildingCode: bc,
        roomNo: rn,
        propertyCode,
        unit,
        floor,
        area,
        use,
        layout,
        titleNo,
        deliveredOn: delivered,
      });
    }
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, plan };
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF); decodes UTF-8 (with or without BOM) or GBK from Excel. */
export function parseCsv(buf: Uint8Array): string[][] {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    s = new TextDecoder('gbk').decode(buf);
  }
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') ((cell += '"'), i++);
        else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows;
}

export function importTemplateCsv(): string {
  const sample = [
    ['1', '一期', '01', 'A座', '1单元', '12', '1203', '89.25', '住宅', '三室两厅', '', '2024-06-30'],
    ['1', '一期', '01', 'A座', '1单元', '12', '1204', '120.50', '住宅', '四室两厅', '', '2024-06-30'],
  ];
  return '\ufeff' + [IMPORT_COLUMNS.join(','), ...sample.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/**
 * Checks the plan against what the project already has: a cluster or building code that
 * exists under another name is a mistake in the sheet (it would file rooms under the wrong one).
 */
export function checkAgainstExisting(
  plan: ImportPlan,
  clusters: { code: string; name: string }[],
  buildings: { clusterCode: string; code: string; name: string }[],
): ImportRowProblem[] {
  const problems: ImportRowProblem[] = [];
  for (const c of clusters) {
    const at = plan.lines.cluster.get(c.code);
    const name = plan.clusters.get(c.code);
    if (at?.named && name !== undefined && name !== c.name) {
      problems.push({ line: at.line, message: `组团编码${c.code}已存在，名称是“${c.name}”，与表中的“${name}”不一致` });
    }
  }
  for (const b of buildings) {
    const key = b.clusterCode + b.code;
    const planned = plan.buildings.get(key);
    if (planned && planned.name !== b.name) {
      problems.push({
        line: plan.lines.building.get(key)!,
        message: `楼栋${b.clusterCode}-${b.code}已存在，名称是“${b.name}”，与表中的“${planned.name}”不一致`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
