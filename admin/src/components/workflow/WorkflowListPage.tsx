/**
 * A workflow's desk list (装修, 放行条, 车位申请, 入伙): the page frame with the project beside the title, the
 * server-filtered keyset list with its keyword box and 办理 column, a row click opening the record in a drawer
 * (also `?id=` from a link), and the page's own dialogs. A page names its columns, filters and detail only.
 */
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Drawer, Space } from 'antd';
import { useProject } from '../../project';
import type { Page } from '../../services/client';
import PageContainer from '../PageContainer';
import KeysetTable, { type Filters, type TableAction } from '../table/KeysetTable';
import { openableRow, openColumn } from '../table/openRow';
import type { ListColumn } from '../table/DataTable';

/** What the page's own parts can do to the list: open a record in the drawer, read the list again. */
export interface WorkflowList {
  open: (id: number) => void;
  reload: () => void;
}

export interface WorkflowListPageProps<T extends { id: number }> {
  title: string;
  /** the page's buttons on the right of the title */
  extra?: ReactNode;
  /** the list's API path (its cache key) */
  path: string;
  /** the rows' and links' test ids: `${testId}-row` with `data-${testId}-id`, `${testId}-open` */
  testId: string;
  /** the keyword box: its placeholder (and its label, 关键字 unless given) */
  keyword: { placeholder: string; title?: string };
  columns: ListColumn<T>[];
  /** filters above the list beside its title (their values go in `params`) */
  headerTitle?: ReactNode;
  /** the page's outer values besides the project (a change starts at page 1) */
  params?: Filters;
  /** one page: `filters` holds projectId, `params` and the filter bar's values */
  fetchPage: (filters: Filters, cursor: string | null) => Promise<Page<T>>;
  scrollX: number;
  emptyText: string;
  drawer: { title: string; width: number };
  /** the record in the drawer; `changed` after one of its steps */
  detail: (id: number, changed: () => void) => ReactNode;
  /** what stands above the list (a month's figure …) */
  above?: ReactNode;
  /** what a step in the drawer also refreshes besides the list */
  onChanged?: () => void;
  /** the page's dialogs */
  children?: (list: WorkflowList) => ReactNode;
}

export default function WorkflowListPage<T extends { id: number }>(p: WorkflowListPageProps<T>) {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const paramsKey = JSON.stringify(p.params ?? {});
  const params = useMemo(() => ({ projectId: pid, ...(JSON.parse(paramsKey) as Filters) }), [pid, paramsKey]);
  const reload = () => actionRef.current?.reload();
  const columns: ListColumn<T>[] = [
    {
      title: p.keyword.title ?? '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: p.keyword.placeholder },
    },
    ...p.columns,
    openColumn(`${p.testId}-open`, setOpenId),
  ];
  const table = (
    <KeysetTable<T>
      path={p.path}
      rowKey="id"
      actionRef={actionRef}
      headerTitle={p.headerTitle ?? p.title}
      columns={columns}
      params={params}
      fetchPage={p.fetchPage}
      onRow={openableRow(`${p.testId}-row`, `data-${p.testId}-id`, setOpenId)}
      scroll={{ x: p.scrollX }}
      emptyText={p.emptyText}
    />
  );
  return (
    <PageContainer title={p.title} subTitle={project ? `${project.code} ${project.name}` : undefined} extra={p.extra}>
      {p.above ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {p.above}
          {table}
        </Space>
      ) : (
        table
      )}
      <Drawer
        title={p.drawer.title}
        open={openId !== null}
        width={p.drawer.width}
        onClose={() => setOpenId(null)}
        destroyOnHidden
      >
        {openId !== null && (
          <Fragment key={openId}>
            {p.detail(openId, () => {
              reload();
              p.onChanged?.();
            })}
          </Fragment>
        )}
      </Drawer>
      {p.children?.({ open: setOpenId, reload })}
    </PageContainer>
  );
}
