/**
 * What a page or block shows for one query of the data hook (`$api.useQuery`): a skeleton the size of the
 * content while it first loads (nothing shifts when it arrives), a way to retry when it failed (the error
 * itself was shown once by the query client), a "not found" for a 404, and the content once there.
 */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result, Skeleton } from 'antd';
import { ApiError } from '../services/api';

export default function Loaded<T>({
  query,
  skeleton,
  notFound = '记录不存在',
  children,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isError' | 'refetch' | 'isFetching'>;
  /** stands in for the content while it loads, at the content's size (default: a paragraph skeleton) */
  skeleton?: ReactNode;
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError)
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <Result status="404" title={notFound} />
    ) : (
      <Result
        status="warning"
        title="加载失败"
        subTitle="网络或服务暂时不可用"
        extra={
          <Button type="primary" loading={query.isFetching} onClick={() => void query.refetch()}>
            重试
          </Button>
        }
      />
    );
  return <>{skeleton ?? <Skeleton active paragraph={{ rows: 6 }} />}</>;
}
