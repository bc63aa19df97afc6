/**
 * The columns and the query the workflow lists (装修, 放行条, 车位申请, 入伙) share: a status with its select filter,
 * the applicant with their role, a code in Latin letters, the time applied; the list's query from the filter bar.
 */
import type { ReactNode } from 'react';
import { formatShort } from '../../utils/time';
import type { Filters } from '../table/KeysetTable';
import type { ListColumn } from '../table/DataTable';

/** A select filter's choices: each key with its label. */
export const choices = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, { text: label(k) }]));

/** 状态: the row's status tag, filtered by a select of every status. */
export function statusColumn<T, K extends string>(
  o: { statuses: readonly K[]; label: (k: K) => string; width: number },
  render: (r: T) => ReactNode,
): ListColumn<T> {
  return {
    title: '状态',
    dataIndex: 'status',
    width: o.width,
    valueType: 'select',
    valueEnum: choices(o.statuses, o.label),
    render: (_, r) => render(r),
  };
}

/** 申请人（业主/租户/家庭成员）. */
export function applicantColumn<T extends { applicantName: string; applicantRoleLabel: string }>(width: number): ListColumn<T> {
  return {
    title: '申请人',
    dataIndex: 'applicantName',
    width,
    search: false,
    render: (_, r) => `${r.applicantName}（${r.applicantRoleLabel}）`,
  };
}

/** A code, number or plate (Latin letters and digits, not read as Chinese text), — when there is none. */
export function codeColumn<T>(title: string, dataIndex: keyof T & string, width: number): ListColumn<T> {
  return {
    title,
    dataIndex,
    width,
    search: false,
    render: (_, r) => <span data-latin-ok>{(r[dataIndex] as string | null) ?? '—'}</span>,
  };
}

/** 申请时间, short, in the project's zone. */
export function appliedColumn<T extends { createdAt: string }>(projectId: number): ListColumn<T> {
  return {
    title: '申请时间',
    dataIndex: 'createdAt',
    width: 120,
    search: false,
    render: (_, r) => formatShort(r.createdAt, projectId),
  };
}

/**
 * A workflow list's query from its filters (the project, the filter bar's status and keyword, the page's own
 * filters named in `own`) and the page's cursor: an empty filter is left out. Typed as whatever the list's path
 * takes (`never` fits every path's query): the names here are those every workflow list's query has.
 */
export function listQuery(f: Filters, cursor: string | null, own: readonly string[] = []): never {
  const q: Record<string, unknown> = { projectId: f.projectId, status: f.status || undefined };
  for (const k of own) q[k] = f[k] || undefined;
  q.keyword = f.keyword || undefined;
  q.cursor = cursor ?? undefined;
  return q as never;
}
