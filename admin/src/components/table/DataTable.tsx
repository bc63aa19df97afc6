/**
 * A list in a card: its title and buttons, an optional filter bar, antd's Table, and the three states a list
 * can be in besides showing rows — loading, empty (with its own words) and failed (with a retry). The light
 * replacement for ProTable: columns are antd's, plus the few ProTable habits the pages use (`hideInTable`,
 * `valueType: 'option'` for an action column whose render returns links).
 */
import type { ReactNode } from 'react';
import { Button, Empty, Space, Table, Tooltip } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import { QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import LoadFailed from '../LoadFailed';

/** A column; the filter fields (`search`, `valueType`, `valueEnum`, `fieldProps`, `initialValue`) are read by KeysetTable. */
export interface ListColumn<T> extends Omit<ColumnType<T>, 'render'> {
  render?: (value: unknown, record: T, index: number) => ReactNode | ReactNode[];
  /** not a column, only a filter (or hidden for this user) */
  hideInTable?: boolean;
  /** `false`: not a filter. KeysetTable offers every other column that has a dataIndex as a filter. */
  search?: false;
  /** the filter's input: text (default), select (with `valueEnum` or `fieldProps.options`) or switch; `option` is an action column */
  valueType?: 'text' | 'select' | 'switch' | 'option';
  valueEnum?: Record<string, { text: ReactNode }>;
  fieldProps?: Record<string, unknown>;
  initialValue?: unknown;
}

export interface DataTableProps<T extends object> extends Omit<TableProps<T>, 'columns' | 'title' | 'footer'> {
  columns: ListColumn<T>[];
  headerTitle?: ReactNode;
  /** a hint beside the title */
  tooltip?: ReactNode;
  /** buttons on the right of the title */
  toolBarRender?: () => ReactNode[];
  /** shows a 刷新 button */
  onReload?: () => void;
  /** under the title: the filters */
  filterBar?: ReactNode;
  /** under the rows: paging */
  footer?: ReactNode;
  /** the load failed: shown instead of the rows, with a retry */
  error?: unknown;
  emptyText?: string;
  'data-testid'?: string;
}

export function tableColumns<T>(columns: ListColumn<T>[]): ColumnType<T>[] {
  return columns
    .filter((c) => !c.hideInTable)
    .map(({ hideInTable: _h, search: _s, valueType, valueEnum, fieldProps: _f, initialValue: _i, render, ...c }) => ({
      ...c,
      render:
        !render && valueEnum
          ? (value: unknown) => valueEnum[String(value)]?.text ?? (value as ReactNode) ?? '—'
          : render
            ? (value: unknown, record: T, index: number) => {
                const out = render(value, record, index);
                if (!Array.isArray(out)) return out;
                const items = out.filter(Boolean);
                return valueType === 'option' ? <Space size={12}>{items}</Space> : items;
              }
            : undefined,
    }));
}

export default function DataTable<T extends object>({
  columns,
  headerTitle,
  tooltip,
  toolBarRender,
  onReload,
  filterBar,
  footer,
  error,
  emptyText = '暂无数据',
  loading,
  'data-testid': testId,
  ...rest
}: DataTableProps<T>) {
  const tools = toolBarRender?.().filter(Boolean) ?? [];
  const reloading = typeof loading === 'boolean' ? loading : !!loading?.spinning;
  return (
    <div className="wy-list" data-testid={testId}>
      {filterBar && <div className="wy-list__filters">{filterBar}</div>}
      <div className="wy-list__body">
        {(headerTitle || tools.length > 0 || onReload) && (
          <div className="wy-list__head">
            <div className="wy-list__title">
              {headerTitle}
              {tooltip && (
                <Tooltip title={tooltip}>
                  <QuestionCircleOutlined className="wy-list__hint" />
                </Tooltip>
              )}
            </div>
            <Space wrap>
              {tools}
              {onReload && (
                <Tooltip title="刷新">
                  <Button type="text" icon={<ReloadOutlined spin={reloading} />} onClick={onReload} aria-label="刷新" />
                </Tooltip>
              )}
            </Space>
          </div>
        )}
        {error ? (
          <LoadFailed error={error} onRetry={onReload} />
        ) : (
          <Table<T>
            {...rest}
            loading={loading}
            columns={tableColumns(columns)}
            pagination={rest.pagination ?? false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
            footer={footer ? () => footer : undefined}
          />
        )}
      </div>
    </div>
  );
}
