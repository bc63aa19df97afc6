/**
 * 重点客户与沟通记录 (R-RPT-04): the project keeps a list of key customers (重点客户) and owners' committee
 * members (业委会委员); the manager's office communicates with every committee member at least monthly and
 * with every key customer at least quarterly, and records it; both are greeted at the festivals. Declared
 * once here: the kinds, the channels, when the next communication is due and what a person's state is, the
 * festivals and their dates. Pure: the caller passes "today" as a local date in the project's zone.
 *
 * Due (calendar periods in the project's zone): each month (committee) or quarter (key customer) must hold
 * one communication. A person communicated with last in period P is due again by the end of the period
 * after P; one never communicated with is due by the end of the period in which they were listed.
 *   已沟通 (ok): the communication of the current period is done (due by a later period's end);
 *   待沟通 (due): none yet in the current period, which ends on `dueBy`;
 *   已逾期 (overdue): a whole period passed without one (`dueBy` is before today).
 */
import { isCalendarDate } from './local-time.js';

export const KEY_CUSTOMER_KINDS = ['committee', 'key'] as const;
export type KeyCustomerKind = (typeof KEY_CUSTOMER_KINDS)[number];
export const KEY_CUSTOMER_KIND_LABELS: Record<KeyCustomerKind, string> = { committee: '业委会委员', key: '重点客户' };

/** How often each kind is communicated with: committee members monthly, key customers quarterly. */
export const CONTACT_PERIODS: Record<KeyCustomerKind, 'month' | 'quarter'> = { committee: 'month', key: 'quarter' };

export const COMMUNICATION_CHANNELS = ['visit', 'phone', 'meeting', 'wechat', 'letter', 'other'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];
export const COMMUNICATION_CHANNEL_LABELS: Record<CommunicationChannel, string> = {
  visit: '上门拜访',
  phone: '电话沟通',
  meeting: '座谈会',
  wechat: '微信',
  letter: '书面函件',
  other: '其他',
};

export const CONTACT_STATES = ['ok', 'due', 'overdue'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];
export const CONTACT_STATE_LABELS: Record<ContactState, string> = { ok: '已沟通', due: '待沟通', overdue: '已逾期' };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last local day of the month or quarter holding `day` ('YYYY-MM-DD'), shifted by `shift` periods. */
export function contactPeriod(kind: KeyCustomerKind, day: string, shift = 0): { start: string; end: string; label: string } {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const size = CONTACT_PERIODS[kind] === 'month' ? 1 : 3;
  const first0 = Math.floor((m - 1) / size) * size + shift * size; // months since January of y, 0-based
  const sy = y + Math.floor(first0 / 12);
  const sm = (((first0 % 12) + 12) % 12) + 1;
  const em = sm + size - 1;
  const label = size === 1 ? `${sy}年${sm}月` : `${sy}年第${(sm + 2) / 3}季度`;
  return { start: `${sy}-${pad(sm)}-01`, end: `${sy}-${pad(em)}-${pad(lastDay(sy, em))}`, label };
}

/** The last day by which the next communication is due: the end of the period after the last one, or of the listing's. */
export function contactDueBy(kind: KeyCustomerKind, lastOn: string | null, listedOn: string): string {
  return lastOn ? contactPeriod(kind, lastOn, 1).end : contactPeriod(kind, listedOn).end;
}

/** R-RPT-04 a person's state today: 已沟通 / 待沟通 (by the end of this period) / 已逾期. */
export function contactState(
  kind: KeyCustomerKind,
  lastOn: string | null,
  listedOn: string,
  today: string,
): { state: ContactState; label: string; dueBy: string } {
  const dueBy = contactDueBy(kind, lastOn, listedOn);
  const state: ContactState = dueBy < today ? 'overdue' : dueBy <= contactPeriod(kind, today).end ? 'due' : 'ok';
  const word = CONTACT_PERIODS[kind] === 'month' ? '本月' : '本季度';
  const label = state === 'ok' ? `${word}已沟通` : state === 'due' ? `${word}待沟通` : '已逾期';
  return { state, label, dueBy };
}

/**
 * The list's state filter as the API puts it to SQL: with the stored `dueBy` of each person, the state is
 * overdue when dueBy < today, due when dueBy is the end of the current period of the person's kind, ok after.
 */
export function contactStateBounds(today: string): { today: string; monthEnd: string; quarterEnd: string } {
  return { today, monthEnd: contactPeriod('committee', today).end, quarterEnd: contactPeriod('key', today).end };
}

/** A quarter 'YYYYQn' (shared `isQuarter`) as its first and last local days. */
export function quarterRange(q: string): { start: string; end: string; label: string } {
  const y = +q.slice(0, 4);
  const n = +q.slice(5);
  const p = contactPeriod('key', `${y}-${pad(n * 3)}-01`);
  return { start: p.start, end: p.end, label: `${y}年第${n}季度` };
}

// ---- festivals (节日问候) ----

export const FESTIVALS = ['new_year', 'spring', 'dragon_boat', 'mid_autumn', 'national'] as const;
export type Festival = (typeof FESTIVALS)[number];
export const FESTIVAL_LABELS: Record<Festival, string> = {
  new_year: '元旦',
  spring: '春节',
  dragon_boat: '端午节',
  mid_autumn: '中秋节',
  national: '国庆节',
};
/** The lunar festivals' Gregorian dates (农历 正月初一, 五月初五, 八月十五). */
const LUNAR: Record<number, Partial<Record<Festival, string>>> = {
  2025: { spring: '01-29', dragon_boat: '05-31', mid_autumn: '10-06' },
  2026: { spring: '02-17', dragon_boat: '06-19', mid_autumn: '09-25' },
  2027: { spring: '02-06', dragon_boat: '06-09', mid_autumn: '09-15' },
  2028: { spring: '01-26', dragon_boat: '05-28', mid_autumn: '10-03' },
  2029: { spring: '02-13', dragon_boat: '06-16', mid_autumn: '09-22' },
  2030: { spring: '02-03', dragon_boat: '06-05', mid_autumn: '09-12' },
};
export const FESTIVAL_YEARS = Object.keys(LUNAR).map(Number);

/** One festival of one year: its key ('spring-2027'), name and date. */
export interface FestivalOccurrence {
  key: string;
  festival: Festival;
  year: number;
  label: string;
  date: string;
}

/** The festivals of a year in date order (empty for a year outside the calendar kept here). */
export function festivalsOf(year: number): FestivalOccurrence[] {
  const lunar = LUNAR[year];
  if (!lunar) return [];
  const dates: Record<Festival, string> = {
    new_year: '01-01',
    spring: lunar.spring!,
    dragon_boat: lunar.dragon_boat!,
    mid_autumn: lunar.mid_autumn!,
    national: '10-01',
  };
  return FESTIVALS.map((f) => ({
    key: `${f}-${year}`,
    festival: f,
    year,
    label: `${year}年${FESTIVAL_LABELS[f]}`,
    date: `${year}-${dates[f]}`,
  })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function festivalByKey(key: string): FestivalOccurrence | null {
  const m = /^([a-z_]+)-(\d{4})$/.exec(key);
  if (!m) return null;
  return festivalsOf(+m[2]!).find((f) => f.festival === m[1]) ?? null;
}

/** The coming festival: the first whose day is today or later (greetings go before it and on the day). */
export function comingFestival(today: string): FestivalOccurrence | null {
  const y = +today.slice(0, 4);
  return [...festivalsOf(y), ...festivalsOf(y + 1)].find((f) => f.date >= today) ?? null;
}

/** The festivals one may record a greeting for today: the coming one and those of the last 60 days. */
export function greetableFestivals(today: string): FestivalOccurrence[] {
  const y = +today.slice(0, 4);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  const coming = comingFestival(today);
  return [...festivalsOf(y - 1), ...festivalsOf(y), ...festivalsOf(y + 1)].filter(
    (f) => (f.date >= from && f.date <= today) || f.key === coming?.key,
  );
}

/** A greeting's or communication's day's problem (null: fine): a real date, not in the future. */
export function recordDayProblem(day: string, today: string, what = '日期'): string | null {
  if (!isCalendarDate(day)) return `${what}不是有效的日期`;
  if (day > today) return `${what}不能晚于今天`;
  return null;
}
