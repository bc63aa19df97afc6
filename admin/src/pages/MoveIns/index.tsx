/**
 * 入伙办理 (R-MOV-02…05): the project's move-ins filtered on the server by batch, status and buyer, keyset pages;
 * this month's figure of move-ins within both time limits (R-MOV-03); a move-in's detail in a drawer where the
 * clerk takes the steps in order and prints the 入伙验房表 and the 房屋遗留问题登记表.
 */
import { useState } from 'react';
import { Card, Select, Space, Statistic } from 'antd';
import { MOVEIN_STATUSES, MOVEIN_STATUS_LABELS } from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got, useRefresh } from '../../services/api';
import { formatShort, projectToday } from '../../utils/time';
import WorkflowListPage from '../../components/workflow/WorkflowListPage';
import { listQuery, statusColumn } from '../../components/workflow/columns';
import DetailView from './DetailView';
import { Minutes, MoveInStatusTag } from './display';
import type { MoveInSummary } from './types';

function MonthFigure({ projectId }: { projectId: number }) {
  const month = projectToday(projectId).slice(0, 7);
  const q = $api.useQuery('get', '/api/v1/move-ins/month', { params: { query: { projectId, month } } });
  const m = q.data;
  return (
    <Card size="small" title={`本月入伙时效（${month}）`} data-testid="movein-month">
      <Space size={32} wrap>
        <Statistic title="已交钥匙" value={m?.finished ?? '—'} suffix="户" />
        <Statistic title={`等候≤${m?.waitLimit ?? 15}分钟`} value={m?.waitOk ?? '—'} suffix="户" />
        <Statistic title={`办理≤${m?.handleLimit ?? 30}分钟`} value={m?.handleOk ?? '—'} suffix="户" />
        <Statistic title="两项均达标" value={m?.withinBoth ?? '—'} suffix="户" />
        <Statistic title="达标率" value={m?.rate ?? '—'} suffix={m?.rate === null || m === undefined ? '' : '%'} />
      </Space>
    </Card>
  );
}

export default function MoveInsPage() {
  const pid = useProject().projectId!;
  const refresh = useRefresh();
  const [batchId, setBatchId] = useState<number | undefined>();
  const batches = $api.useQuery('get', '/api/v1/move-in-batches', { params: { query: { projectId: pid, limit: 100 } } });

  return (
    <WorkflowListPage<MoveInSummary>
      title="入伙办理"
      above={<MonthFigure projectId={pid} />}
      path="/api/v1/move-ins"
      testId="movein"
      keyword={{ title: '购房人', placeholder: '购房人姓名' }}
      columns={[
        { title: '房屋', dataIndex: 'roomLabel', width: 150, search: false },
        { title: '购房人', dataIndex: 'buyerName', width: 100, search: false },
        statusColumn({ statuses: MOVEIN_STATUSES, label: (s) => MOVEIN_STATUS_LABELS[s], width: 100 }, (r) => (
          <MoveInStatusTag status={r.status} label={r.statusLabel} testId="movein-status" />
        )),
        {
          title: '当前步骤',
          dataIndex: 'currentStepLabel',
          width: 110,
          search: false,
          render: (_, r) => r.currentStepLabel ?? '—',
        },
        { title: '批次', dataIndex: 'batchName', width: 150, search: false, ellipsis: true },
        {
          title: '预约',
          dataIndex: 'bookedLabel',
          width: 130,
          search: false,
          render: (_, r) => (r.bookedLabel ? r.bookedLabel.slice(5, 10) + ' ' + r.bookedLabel.slice(11, 13) : '—'),
        },
        {
          title: '到场时间',
          dataIndex: 'arrivedAt',
          width: 120,
          search: false,
          render: (_, r) => (r.arrivedAt ? formatShort(r.arrivedAt, pid) : '—'),
        },
        {
          title: '等候',
          key: 'wait',
          width: 120,
          search: false,
          render: (_, r) => <Minutes value={r.timing.waitMinutes} ok={r.timing.waitOk} limit={r.timing.waitLimit} />,
        },
        {
          title: '办理',
          key: 'handle',
          width: 120,
          search: false,
          render: (_, r) => <Minutes value={r.timing.handleMinutes} ok={r.timing.handleOk} limit={r.timing.handleLimit} />,
        },
        {
          title: '遗留问题',
          key: 'defects',
          width: 100,
          search: false,
          render: (_, r) => (r.defects ? `${r.defectsOpen} 项未了结 / 共 ${r.defects} 项` : '—'),
        },
      ]}
      headerTitle={
        <Select
          allowClear
          placeholder="全部批次"
          style={{ width: 240 }}
          value={batchId}
          onChange={setBatchId}
          options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          data-testid="movein-batch"
          aria-label="入伙批次"
        />
      }
      params={{ batchId }}
      fetchPage={(f, cursor) => got(client.GET('/api/v1/move-ins', { params: { query: listQuery(f, cursor, ['batchId']) } }))}
      scrollX={1360}
      emptyText="没有符合条件的入伙记录"
      drawer={{ title: '入伙办理', width: 900 }}
      detail={(id, changed) => <DetailView id={id} onChanged={changed} />}
      onChanged={() => void refresh('/api/v1/move-ins/month')}
    />
  );
}
