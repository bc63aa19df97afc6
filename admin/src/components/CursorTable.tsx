/**
 * ProTable over a keyset-paged list (`{items, nextCursor}`): no page numbers, so "上一页/下一页" keep a
 * stack of cursors. Any change of filters or outer params (e.g. projectId) starts again at page 1.
 */
import { useMemo, useRef, useState } from 'react';
import { ProTable, type ActionType, type ProTableProps } from '@ant-design/pro-components';
import { Button, Empty, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { showError, type Page } from '../services/api';

type Filters = Record<string, unknown>;

const scrollUp = () => window.scrollTo({ top: 0, behavior: 'smooth' });

export interface CursorTableProps<T extends object> extends Omit<
  ProTableProps<T, Filters>,
  'request' | 'pagination' | 'params' | 'footer'
> {
  /** fetch one page; filters are the search form values plus `params` */
  fetchPage: (filters: Filters, cursor: string | null) => Promise<Page<T>>;
  params?: Filters;
  emptyText?: string;
}

export default function CursorTable<T extends object>({
  fetchPage,
  params,
  emptyText = '暂无数据',
  actionRef,
  ...rest
}: CursorTableProps<T>) {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [count, setCount] = useState(0);
  const filterKey = useRef<string | undefined>(undefined);
  const innerRef = useRef<ActionType>(undefined);
  const cursor = stack[stack.length - 1] ?? null;
  const allParams = useMemo(() => ({ ...params, __cursor: cursor }), [params, cursor]);

  const request: ProTableProps<T, Filters>['request'] = async (p) => {
    const { current: _c, pageSize: _s, __cursor, ...filters } = p as Filters & { __cursor?: string | null };
    const key = JSON.stringify(filters);
    let c = (__cursor as string | null | undefined) ?? null;
    if (filterKey.current !== undefined && key !== filterKey.current && c !== null) {
      c = null;
      setStack([null]);
    }
    filterKey.current = key;
    try {
      const page = await fetchPage(filters, c);
      setNextCursor(page.nextCursor);
      setCount(page.items.length);
      return { data: page.items, success: true };
    } catch (e) {
      showError(e);
      setNextCursor(null);
      setCount(0);
      return { data: [], success: false };
    }
  };

  const pageNo = stack.length;
  return (
    <ProTable<T, Filters>
      {...rest}
      actionRef={(actionRef as React.Ref<ActionType | undefined>) ?? innerRef}
      params={allParams}
      request={request}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      footer={
        pageNo === 1 && !nextCursor && count === 0
          ? undefined
          : () =>
              pageNo === 1 && !nextCursor ? (
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
                      disabled={!nextCursor}
                      data-testid="pager-next"
                      onClick={() => {
                        if (!nextCursor) return;
                        setStack((s) => [...s, nextCursor]);
                        scrollUp();
                      }}
                    >
                      下一页 <RightOutlined />
                    </Button>
                  </Space>
                </div>
              )
      }
    />
  );
}
