/**
 * A server-filtered, keyset-paged list (`{items, nextCursor}`) on the query hook: the filter bar is made from
 * the columns (as ProTable's search form was, without pro-components' field set), there are no page numbers,
 * so 上一页/下一页 keep a stack of cursors; any change of filters or outer params (e.g. projectId) starts again at
 * page 1. Its cache key starts with the list's API path, so `useRefresh(path)` after a write reloads it.
 */
import { useEffect, useId, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { LeftOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import type { Page } from '../../services/client';
import DataTable, { type DataTableProps, type ListColumn } from './DataTable';

export type Filters = Record<string, unknown>;

/** What a page can do to its list from outside (after a write): read the current page again. */
export interface TableAction {
  reload: () => void;
}

export interface KeysetTableProps<T extends object> extends Omit<
  DataTableProps<T>,
  'dataSource' | 'filterBar' | 'footer' | 'error' | 'onReload' | 'expandable'
> {
  /** 刷新 (and 重试) also runs this: what the page shows beside the list and reads apart from it (its tab counts) */
  onReload?: () => void;
  /** the list's API path: the first part of its cache key */
  path: string;
  /** fetch one page; filters are `params` and the filter bar's values */
  fetchPage: (filters: Filters, cursor: string | null) => Promise<Page<T>>;
  /** outer values the list depends on (projectId …): a change starts at page 1 */
  params?: Filters;
  actionRef?: Ref<TableAction | undefined>;
  /** `false`: no filter bar */
  search?: false;
  /** expandable rows; a function gets the rows on screen (e.g. to open every row of the page) */
  expandable?: DataTableProps<T>['expandable'] | ((items: T[]) => DataTableProps<T>['expandable']);
}

const scrollUp = () => window.scrollTo({ top: 0, behavior: 'smooth' });

const isFilter = <T,>(c: ListColumn<T>) => c.search !== false && c.valueType !== 'option' && c.dataIndex !== undefined;
const nameOf = <T,>(c: ListColumn<T>) => String(c.dataIndex);

function initialFilters<T>(columns: ListColumn<T>[]): Filters {
  const out: Filters = {};
  for (const c of columns) if (isFilter(c) && c.initialValue !== undefined) out[nameOf(c)] = c.initialValue;
  return out;
}

/**
 * One filter's control. Form.Item hands it `id`, the value and onChange: they go on to the control (the id is
 * what the item's <label for> names, so a screen reader reads the filter's title); a switch, which a label
 * does not name, also gets the title as its aria-label.
 */
function FilterField<T>({ column, ...control }: { column: ListColumn<T> } & Record<string, unknown>) {
  const label = typeof column.title === 'string' ? column.title : undefined;
  if (column.valueType === 'switch') return <Switch aria-label={label} {...control} {...column.fieldProps} />;
  if (column.valueType === 'select' || column.valueEnum) {
    const options =
      (column.fieldProps?.options as { value: unknown; label: React.ReactNode }[] | undefined) ??
      Object.entries(column.valueEnum ?? {}).map(([value, { text }]) => ({ value, label: text }));
    return (
      <Select
        allowClear
        placeholder="全部"
        style={{ width: 160 }}
        {...control}
        {...column.fieldProps}
        options={options as never}
      />
    );
  }
  return (
    <Input
      allowClear
      placeholder={label ? `请输入${label}` : undefined}
      style={{ width: 220 }}
      {...control}
      {...column.fieldProps}
    />
  );
}

export default function KeysetTable<T extends object>({
  path,
  fetchPage,
  params,
  actionRef,
  search,
  columns,
  emptyText,
  expandable,
  onReload,
  ...rest
}: KeysetTableProps<T>) {
  const fields = useMemo(() => (search === false ? [] : columns.filter(isFilter)), [columns, search]);
  const [form] = Form.useForm<Filters>();
  // the form's name prefixes its fields' ids, so two lists (or a list and a dialog) on a page never share one
  const formName = `filters${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [filters, setFilters] = useState<Filters>(() => initialFilters(columns));
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const cursor = stack[stack.length - 1] ?? null;
  const paramsKey = JSON.stringify(params ?? {});

  // other outer params: back to page 1
  useEffect(() => setStack((s) => (s.length === 1 && s[0] === null ? s : [null])), [paramsKey]);

  const query = useQuery({
    queryKey: ['get', path, { params: params ?? {}, filters, cursor }],
    queryFn: () => fetchPage({ ...params, ...filters }, cursor),
    placeholderData: keepPreviousData,
  });
  const reload = () => void query.refetch();
  useImperativeHandle(actionRef, () => ({ reload }));
  const reloadAll = () => {
    reload();
    onReload?.();
  };

  const apply = (values: Filters) => {
    const next: Filters = {};
    // typed words are sent trimmed; an empty field, a cleared choice or an off switch is no filter
    for (const [k, raw] of Object.entries(values)) {
      const v = typeof raw === 'string' ? raw.trim() : raw;
      if (v !== undefined && v !== null && v !== '' && v !== false) next[k] = v;
    }
    setFilters(next);
    setStack([null]);
  };

  const page = query.data;
  const count = page?.items.length ?? 0;
  const pageNo = stack.length;
  const footer =
    !page || (pageNo === 1 && !page.nextCursor && count === 0) ? undefined : pageNo === 1 && !page.nextCursor ? (
      <Typography.Text type="secondary">共 {count} 条</Typography.Text>
    ) : (
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Text type="secondary">
          第 {pageNo} 页 · 本页 {count} 条
        </Typography.Text>
        <Space>
          <Button
            size="small"
            icon={<LeftOutlined />}
            disabled={pageNo === 1}
            data-testid="pager-prev"
            onClick={() => {
              setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
              scrollUp();
            }}
          >
            上一页
          </Button>
          <Button
            size="small"
            disabled={!page.nextCursor}
            data-testid="pager-next"
            onClick={() => {
              if (!page.nextCursor) return;
              setStack((s) => [...s, page.nextCursor]);
              scrollUp();
            }}
          >
            下一页 <RightOutlined />
          </Button>
        </Space>
      </div>
    );

  const filterBar = fields.length ? (
    <Form
      form={form}
      name={formName}
      layout="inline"
      initialValues={initialFilters(columns)}
      onFinish={apply}
      onValuesChange={(changed: Filters, all: Filters) => {
        // a choice applies at once; typed words on 查询 or Enter
        const name = Object.keys(changed)[0];
        const col = fields.find((c) => nameOf(c) === name);
        if (col && (col.valueType === 'select' || col.valueType === 'switch' || col.valueEnum)) apply(all);
      }}
      className="wy-list__form"
    >
      {fields.map((c) => (
        <Form.Item
          key={nameOf(c)}
          name={nameOf(c)}
          label={c.title as React.ReactNode}
          valuePropName={c.valueType === 'switch' ? 'checked' : 'value'}
        >
          <FilterField column={c} />
        </Form.Item>
      ))}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="list-search">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              apply(form.getFieldsValue());
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  ) : undefined;

  return (
    <DataTable<T>
      {...rest}
      columns={columns}
      dataSource={page?.items ?? []}
      expandable={typeof expandable === 'function' ? expandable(page?.items ?? []) : expandable}
      loading={query.isFetching}
      error={query.isError && !page ? query.error : undefined}
      onReload={reloadAll}
      filterBar={filterBar}
      footer={footer}
      emptyText={emptyText}
    />
  );
}
