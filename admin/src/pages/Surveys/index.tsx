/**
 * 满意度调查 (R-RPT-03, run by 品质): a year's quarterly surveys with their answer counts, the mean rating of each
 * service area, the quarter's index (mean × 20, a 100-point scale) and the annual customer-satisfaction index
 * (the mean of the surveyed quarters, each the same weight — shared surveys.ts); 发起本季度调查 / 下季度; a
 * survey's detail with owners' comments and 提前结束.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  InputNumber,
  List,
  Progress,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { SURVEY_STATUS_LABELS, quarterLabel, type SurveyStatus } from '@wy/shared';
import { useProject } from '../../project';
import { $api, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatDay, formatTime, projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import Loaded from '../../components/Loaded';
import type { components } from '@wy/shared/api';

type Row = components['schemas']['SurveyRowDto'];
type Detail = components['schemas']['SurveyDetailDto'];
type Year = components['schemas']['SurveyYearDto'];

const STATUS_COLORS: Record<string, string> = { upcoming: 'default', open: 'green', closed: 'blue' };
const statusTag = (s: string) => <Tag color={STATUS_COLORS[s]}>{SURVEY_STATUS_LABELS[s as SurveyStatus | 'upcoming'] ?? s}</Tag>;
const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));

export default function SurveysPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [year, setYear] = useState(() => Number(projectToday(pid).slice(0, 4)));
  const [openId, setOpenId] = useState<number | null>(null);
  const q = $api.useQuery('get', '/api/v1/surveys', { params: { query: { projectId: pid, year } } });
  const create = $api.useMutation('post', '/api/v1/surveys');
  return (
    <PageContainer title="满意度调查" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <span>年度</span>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            aria-label="年度"
            data-testid="survey-year"
          />
        </Space>
        <Loaded query={q} notFound="没有该年度的调查">
          {(y: Year) => (
            <>
              <Card size="small">
                <div style={{ display: 'flex', gap: 40, flexWrap: 'wrap', alignItems: 'center' }}>
                  <Statistic
                    title={`${y.year}年度客户满意度指数`}
                    value={y.annualIndex ?? '—'}
                    precision={y.annualIndex === null ? undefined : 1}
                    data-testid="survey-annual-index"
                  />
                  <Typography.Text type="secondary" style={{ maxWidth: 560 }}>
                    每季度指数 = 该季度全部评分的平均分 × 20（百分制）；年度指数 = 有答卷季度指数的平均，每季同权。
                    {y.complete ? '四个季度均已调查。' : `目前 ${y.quartersSurveyed} 个季度有答卷，年度指数暂按已调查季度计算。`}
                  </Typography.Text>
                  <Space>
                    {y.creatable.map((qt) => (
                      <Button
                        key={qt}
                        type="primary"
                        loading={create.isPending}
                        data-testid={`survey-create-${qt}`}
                        onClick={() =>
                          void confirmThen(
                            `发起${quarterLabel(qt)}调查`,
                            `本项目业主可在该季度内于小程序中作答，每套房屋一次。确定发起吗？`,
                            async () => {
                              const made = await create.mutateAsync({ body: { projectId: pid, quarter: qt } });
                              showSuccess('已发起调查');
                              await q.refetch();
                              setOpenId(made.id);
                            },
                          )
                        }
                      >
                        发起{quarterLabel(qt).slice(5)}调查
                      </Button>
                    ))}
                  </Space>
                </div>
              </Card>
              <Table<Row>
                rowKey="id"
                size="middle"
                pagination={false}
                dataSource={y.surveys}
                locale={{ emptyText: `${y.year}年还没有满意度调查` }}
                onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
                scroll={{ x: 1000 }}
                columns={[
                  { title: '季度', dataIndex: 'quarterLabel', width: 140, fixed: 'left' },
                  { title: '状态', dataIndex: 'status', width: 90, render: statusTag },
                  { title: '答卷（户）', dataIndex: 'responses', width: 100 },
                  ...(y.surveys[0]?.areas ?? []).map((a, i) => ({
                    title: a.label,
                    key: a.area,
                    width: 90,
                    render: (_: unknown, r: Row) => score(r.areas[i]?.average ?? null),
                  })),
                  { title: '平均分', dataIndex: 'score', width: 80, render: score },
                  {
                    title: '满意度指数',
                    dataIndex: 'index',
                    width: 110,
                    render: (v: number | null) => <b data-testid="survey-row-index">{v === null ? '—' : v.toFixed(1)}</b>,
                  },
                  {
                    title: '操作',
                    key: 'open',
                    width: 80,
                    fixed: 'right',
                    render: (_: unknown, r: Row) => (
                      <Button type="link" size="small" onClick={() => setOpenId(r.id)} data-testid={`survey-open-${r.quarter}`}>
                        查看
                      </Button>
                    ),
                  },
                ]}
                data-testid="survey-table"
              />
            </>
          )}
        </Loaded>
      </Space>
      <Drawer title="调查详情" open={openId !== null} width={720} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <SurveyDetail id={openId} onChanged={() => void q.refetch()} />}
      </Drawer>
    </PageContainer>
  );
}

function SurveyDetail({ id, onChanged }: { id: number; onChanged: () => void }) {
  const q = $api.useQuery('get', '/api/v1/surveys/{id}', { params: { path: { id } } });
  const close = $api.useMutation('post', '/api/v1/surveys/{id}/close');
  return (
    <Loaded query={q} notFound="调查不存在">
      {(s: Detail) => (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="survey-detail">
          <Card size="small">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {s.title} {statusTag(s.status)}
            </Typography.Title>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label="作答时间">
                {formatDay(s.opensAt, s.projectId)} 至{' '}
                {formatTime(new Date(new Date(s.closesAt).getTime() - 60_000).toISOString(), s.projectId)}
              </Descriptions.Item>
              <Descriptions.Item label="答卷">
                <span data-testid="survey-responses">
                  {s.responses} 户 / 本项目 {s.households} 户
                </span>
              </Descriptions.Item>
              <Descriptions.Item label="平均分">{score(s.score)}</Descriptions.Item>
              <Descriptions.Item label="满意度指数">
                <b data-testid="survey-index">{s.index === null ? '—' : s.index.toFixed(1)}</b>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title="各项服务平均分（满分 5 分）">
            {s.areas.map((a) => (
              <div key={a.area} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <span style={{ width: 80 }}>{a.label}</span>
                <Progress
                  percent={a.average === null ? 0 : Math.round(a.average * 20)}
                  format={() => score(a.average)}
                  status={a.average !== null && a.average < 4 ? 'exception' : 'normal'}
                  style={{ flex: 1, margin: 0 }}
                />
              </div>
            ))}
          </Card>
          <Card size="small" title="业主意见建议">
            <List
              size="small"
              dataSource={s.comments}
              locale={{ emptyText: '暂无意见建议' }}
              renderItem={(c) => (
                <List.Item>
                  <Typography.Text>{c.comment}</Typography.Text>
                  <Typography.Text type="secondary">
                    {c.roomLabel} · {formatTime(c.createdAt, s.projectId)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
          {s.status === 'open' && (
            <Alert
              type="info"
              showIcon
              message="调查在本季度结束时自动截止；如需提前结束，可点击右侧按钮。"
              action={
                <Button
                  size="small"
                  danger
                  loading={close.isPending}
                  data-testid="survey-close"
                  onClick={() =>
                    void confirmThen('提前结束调查', '结束后业主不能再作答，已有答卷保留。确定结束吗？', async () => {
                      await close.mutateAsync({ params: { path: { id: s.id } } });
                      showSuccess('调查已结束');
                      await q.refetch();
                      onChanged();
                    })
                  }
                >
                  提前结束
                </Button>
              }
            />
          )}
        </Space>
      )}
    </Loaded>
  );
}
