/**
 * 社区活动 (R-ACT-01/02/03/05): 活动 — the project's activities filtered by year, state and theme on the server
 * and keyset-paged, each opened in a drawer (DetailView); 年度计划 — the year's plan with its window (each December
 * for the next year), the activities with their months and budgets, 新增计划活动 and the manager's 定稿.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Drawer, InputNumber, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS, activityPlanYear, type ActivityStatus } from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatRange, projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import Loaded from '../../components/Loaded';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from './DetailView';
import { StatusTag, yuan } from './display';
import PlanModal from './PlanModal';
import type { ActivityPlan, ActivitySummary } from './types';

export default function ActivitiesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [tab, setTab] = useState<string>(search.get('tab') === 'plan' ? 'plan' : 'list');
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<ActivitySummary>[] = [
    { title: '主题', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '主题中的字词' } },
    {
      title: '主题',
      dataIndex: 'theme',
      search: false,
      ellipsis: true,
      render: (_, r) => (
        <Space size={4}>
          {r.extra && <Tag color="gold">计划外</Tag>}
          <span>{r.theme}</span>
        </Space>
      ),
    },
    { title: '年度', dataIndex: 'year', width: 80, fieldProps: { placeholder: '如 2027' } },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(ACTIVITY_STATUSES.map((k) => [k, { text: ACTIVITY_STATUS_LABELS[k] }])),
      render: (_, r) => <StatusTag status={r.status} />,
    },
    { title: '计划月份', dataIndex: 'plannedMonth', width: 90, search: false },
    {
      title: '活动时间',
      dataIndex: 'startsAt',
      width: 190,
      search: false,
      render: (_, r) => formatRange(r.startsAt, r.endsAt, r.projectId),
    },
    {
      title: '报名/名额',
      dataIndex: 'signedPeople',
      width: 100,
      search: false,
      render: (_, r) => (r.capacity ? `${r.signedPeople} / ${r.capacity}` : '—'),
    },
    {
      title: '预算',
      dataIndex: 'budgetFen',
      width: 110,
      search: false,
      render: (_, r) => yuan(r.budgetApprovedFen ?? r.budgetFen),
    },
    openColumn('activity-open', setOpenId, '查看'),
  ];

  return (
    <PageContainer title="社区活动" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: '活动',
            children: (
              <KeysetTable<ActivitySummary>
                path="/api/v1/activities"
                rowKey="id"
                actionRef={actionRef}
                headerTitle="活动列表"
                columns={columns}
                params={params}
                fetchPage={(f, cursor) =>
                  got(
                    client.GET('/api/v1/activities', {
                      params: {
                        query: {
                          projectId: pid,
                          year: f.year ? Number(f.year) : undefined,
                          status: (f.status as ActivityStatus) || undefined,
                          keyword: (f.keyword as string) || undefined,
                          cursor: cursor ?? undefined,
                        },
                      },
                    }),
                  )
                }
                onRow={openableRow('activity-row', 'data-activity-id', setOpenId)}
                scroll={{ x: 1000 }}
                emptyText="没有符合条件的活动"
              />
            ),
          },
          {
            key: 'plan',
            label: '年度计划',
            children: <PlanTab projectId={pid} onOpen={setOpenId} onChanged={() => actionRef.current?.reload()} />,
          },
        ]}
      />
      <Drawer title="活动详情" open={openId !== null} width={860} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}

/** R-ACT-01 the annual plan of a year: its window, items and total, 新增计划活动 and 定稿. */
function PlanTab({ projectId, onOpen, onChanged }: { projectId: number; onOpen: (id: number) => void; onChanged: () => void }) {
  const { access } = useAuth();
  const [year, setYear] = useState(() => activityPlanYear(projectToday(projectId)));
  const [adding, setAdding] = useState(false);
  const q = $api.useQuery('get', '/api/v1/activity-plans', { params: { query: { projectId, year } } });
  const finalize = $api.useMutation('post', '/api/v1/activity-plans/finalize');
  const reload = () => void q.refetch().then(onChanged);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="activity-plan">
      <Space wrap>
        <span>年度</span>
        <InputNumber
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
          aria-label="计划年度"
          data-testid="activity-plan-year"
        />
        {access.activityManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="activity-plan-add">
            新增计划活动
          </Button>
        )}
      </Space>
      <Loaded query={q} notFound="没有该年度的计划">
        {(p: ActivityPlan) => (
          <>
            <Alert
              type={p.window === 'late' ? 'error' : p.window === 'due' ? 'warning' : 'info'}
              showIcon
              message={`${p.year}年度社区活动计划：${p.windowLabel}`}
              description={
                p.finalizedAt
                  ? `已由 ${p.finalizedByName} 定稿。计划预算合计 ${yuan(p.budgetTotalFen)}。`
                  : `计划预算合计 ${yuan(p.budgetTotalFen)}。每年12月编制下一年度活动计划（目的、时间、主题、预算），由管理处经理定稿。`
              }
              data-testid="activity-plan-window"
              action={
                p.mayFinalize && access.activityPublish ? (
                  <Button
                    size="small"
                    type="primary"
                    loading={finalize.isPending}
                    data-testid="activity-plan-finalize"
                    onClick={() =>
                      void confirmThen(
                        '计划定稿',
                        `定稿后，${p.year}年度再增加的活动将标记为“计划外”。确定定稿吗？`,
                        async () => {
                          await finalize.mutateAsync({ body: { projectId, year: p.year } });
                          showSuccess('计划已定稿');
                          reload();
                        },
                      )
                    }
                  >
                    定稿
                  </Button>
                ) : undefined
              }
            />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={p.items}
              locale={{ emptyText: `${p.year}年度计划还没有活动` }}
              onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
              columns={[
                { title: '计划月份', dataIndex: 'plannedMonth', width: 100 },
                {
                  title: '主题',
                  dataIndex: 'theme',
                  render: (v: string, r) => (
                    <Space size={4}>
                      {r.extra && <Tag color="gold">计划外</Tag>}
                      {v}
                    </Space>
                  ),
                },
                { title: '目的', dataIndex: 'purpose', ellipsis: true },
                { title: '预算', dataIndex: 'budgetFen', width: 120, render: (v: number) => yuan(v) },
                { title: '状态', dataIndex: 'status', width: 110, render: (v: string) => <StatusTag status={v} /> },
              ]}
            />
            <Typography.Text type="secondary">点击一行查看和办理该活动。</Typography.Text>
          </>
        )}
      </Loaded>
      {adding && (
        <PlanModal
          projectId={projectId}
          year={year}
          onClose={() => setAdding(false)}
          onSaved={(id) => {
            setAdding(false);
            reload();
            onOpen(id);
          }}
        />
      )}
    </Space>
  );
}
