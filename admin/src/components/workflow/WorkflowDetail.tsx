/**
 * The parts of a workflow record's drawer (装修, 放行条, 车位申请, 入伙): the record loaded (skeleton, retry, not
 * found) and read again after a step, and the 办理 card of the steps this person may take.
 */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Space, Typography } from 'antd';
import Loaded from '../Loaded';

/** The record of `query`: `changed` reads it again, then tells the list (`onChanged`). */
export function WorkflowDetail<T>({
  query,
  notFound,
  onChanged,
  children,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isError' | 'refetch' | 'isFetching'>;
  notFound: string;
  onChanged?: () => void;
  children: (row: T, changed: () => void) => ReactNode;
}) {
  return (
    <Loaded query={query} notFound={notFound}>
      {(row) => children(row, () => void query.refetch().then(() => onChanged?.()))}
    </Loaded>
  );
}

/** 办理: the step buttons; `none` when there is nothing to do (its words, or the default). */
export function ActionsCard({
  none,
  noneText = '当前没有可办理的操作',
  children,
}: {
  none: boolean;
  noneText?: string;
  children: ReactNode;
}) {
  return (
    <Card size="small" title="办理">
      <Space wrap>
        {children}
        {none && <Typography.Text type="secondary">{noneText}</Typography.Text>}
      </Space>
    </Card>
  );
}
