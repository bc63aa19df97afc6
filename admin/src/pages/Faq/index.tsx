/**
 * 答客问 (R-FAQ-*): the project's answers by category, each with its last review; the CS supervisor keeps
 * them (new, change, review), sees the half-year review with its checklist and the questions customers
 * asked that the FAQ did not answer; every serving staff member takes the monthly quiz.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Radio,
  Result,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { FAQ_CATEGORIES, FAQ_CATEGORY_LABELS, FAQ_QUIZ_PASS_PERCENT, type FaqCategory } from '@wy/shared';
import type { components } from '@wy/shared/api';
import { useAccess } from '../../auth';
import PageContainer from '../../components/PageContainer';
import LoadFailed from '../../components/LoadFailed';
import { useProject } from '../../project';
import { $api, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatDay, formatTime, projectToday } from '../../utils/time';
import LinkButton from '../../components/LinkButton';
import FormSelect from '../../components/FormSelect';

type Entry = components['schemas']['FaqEntryDto'];
type Candidate = components['schemas']['FaqCandidateDto'];
const categoryOptions = FAQ_CATEGORIES.map((c) => ({ value: c, label: FAQ_CATEGORY_LABELS[c] }));

function EntryModal({
  projectId,
  entry,
  candidate,
  onClose,
  onDone,
}: {
  projectId: number;
  entry?: Entry | null;
  candidate?: Candidate | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const create = $api.useMutation('post', '/api/v1/faq/entries');
  const update = $api.useMutation('put', '/api/v1/faq/entries/{id}');
  const adopt = $api.useMutation('post', '/api/v1/faq/candidates/{id}/adopt');
  const submit = async () => {
    const v = (await form.validateFields()) as {
      category: FaqCategory;
      question: string;
      answer: string;
      sort?: number;
      active?: boolean;
    };
    if (candidate)
      await adopt.mutateAsync({
        params: { path: { id: candidate.id } },
        body: { category: v.category, question: v.question, answer: v.answer },
      });
    else if (entry) await update.mutateAsync({ params: { path: { id: entry.id } }, body: v });
    else await create.mutateAsync({ body: { ...v, projectId } });
    showSuccess('已保存');
    onDone();
  };
  return (
    <Modal
      title={candidate ? '加入答客问' : entry ? '修改条目' : '新增条目'}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={create.isPending || update.isPending || adopt.isPending}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="faq-entry-form"
        initialValues={
          entry ?? {
            category: 'common',
            question: candidate?.question.slice(0, 200),
            answer: candidate?.answer ?? '',
            active: true,
          }
        }
      >
        <Form.Item name="category" label="分类" rules={[{ required: true }]}>
          <FormSelect options={categoryOptions} />
        </Form.Item>
        <Form.Item name="question" label="问题" rules={[{ required: true, whitespace: true, message: '请填写问题' }]}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="answer" label="答案" rules={[{ required: true, whitespace: true, message: '请填写答案' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {!candidate && (
          <Form.Item name="sort" label="排序">
            <InputNumber min={0} max={10000} />
          </Form.Item>
        )}
        {entry && (
          <Form.Item name="active" label="向业主公开" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Typography.Text type="secondary">保存即视为已审核，条目显示本次的审核时间。</Typography.Text>
      </Form>
    </Modal>
  );
}

function Entries({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const [category, setCategory] = useState<FaqCategory | undefined>();
  const [keyword, setKeyword] = useState('');
  const [dueOnly, setDueOnly] = useState(false);
  const [editing, setEditing] = useState<Entry | null | undefined>(undefined);
  const q = $api.useQuery('get', '/api/v1/faq/entries', {
    params: { query: { projectId, category, keyword: keyword || undefined, reviewDue: dueOnly || undefined } },
  });
  const review = $api.useMutation('post', '/api/v1/faq/entries/{id}/review');
  return (
    <Card
      size="small"
      title="条目"
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="faq-new">
            新增条目
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <FormSelect
          allowClear
          placeholder="全部分类"
          aria-label="分类"
          style={{ width: 140 }}
          options={categoryOptions}
          value={category}
          onChange={setCategory}
        />
        <Input.Search
          placeholder="问题或答案中的字词"
          aria-label="搜索问题或答案"
          allowClear
          onSearch={setKeyword}
          style={{ width: 260 }}
        />
        <span>
          只看待审核 <Switch size="small" checked={dueOnly} onChange={setDueOnly} aria-label="只看待审核" />
        </span>
      </Space>
      {q.isError ? (
        <LoadFailed error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<Entry>
          size="small"
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有条目" /> }}
          columns={[
            { title: '分类', dataIndex: 'categoryLabel', width: 90 },
            { title: '问题', dataIndex: 'question', width: 220 },
            { title: '答案', dataIndex: 'answer', ellipsis: true },
            {
              title: '最近审核',
              dataIndex: 'reviewedAt',
              width: 130,
              render: (v: string, r) => (
                <span>
                  {formatDay(v, projectId)}
                  {r.reviewDue && (
                    <Tag color="orange" style={{ marginLeft: 4 }}>
                      待审核
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: '公开', dataIndex: 'active', width: 60, render: (v: boolean) => (v ? '是' : '否') },
            ...(canWrite
              ? [
                  {
                    title: '操作',
                    key: 'op',
                    width: 130,
                    fixed: 'right' as const,
                    render: (_: unknown, r: Entry) => (
                      <Space size={12}>
                        <LinkButton onClick={() => setEditing(r)}>修改</LinkButton>
                        <LinkButton
                          onClick={() =>
                            void confirmThen('确认已审核', '已按审核清单逐项核对，内容仍然正确？', async () => {
                              await review.mutateAsync({ params: { path: { id: r.id } }, body: { checked: true } });
                              showSuccess('已记录审核');
                              void q.refetch();
                            })
                          }
                        >
                          审核
                        </LinkButton>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing !== undefined && (
        <EntryModal
          projectId={projectId}
          entry={editing}
          onClose={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            void q.refetch();
          }}
        />
      )}
    </Card>
  );
}

function Review({ projectId }: { projectId: number }) {
  const q = $api.useQuery('get', '/api/v1/faq/review', { params: { query: { projectId } } });
  if (q.isError) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  return (
    <Card size="small" title="半年审核" loading={q.isLoading} data-testid="faq-review">
      {s && (
        <>
          <Typography.Paragraph>
            共 {s.total} 条，{s.due ? <b style={{ color: '#d4380d' }}>{s.due} 条超过半年未审核</b> : '全部在半年内审核过'}
            。审核时逐项核对：
          </Typography.Paragraph>
          <ul>
            {s.checklist.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <List
            size="small"
            bordered
            dataSource={s.entries}
            locale={{ emptyText: '没有待审核的条目' }}
            renderItem={(x) => (
              <List.Item>
                <List.Item.Meta
                  title={`${x.categoryLabel} · ${x.question}`}
                  description={`最近审核 ${formatDay(x.reviewedAt, projectId)}`}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

function Candidates({ projectId }: { projectId: number }) {
  const q = $api.useQuery('get', '/api/v1/faq/candidates', { params: { query: { projectId } } });
  const dismiss = $api.useMutation('post', '/api/v1/faq/candidates/{id}/dismiss');
  const [adopting, setAdopting] = useState<Candidate | null>(null);
  if (q.isError) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Card size="small" title="客户问过、答客问还没有的问题">
      <List
        loading={q.isLoading}
        dataSource={q.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待补充的问题" /> }}
        renderItem={(c) => (
          <List.Item
            data-testid="faq-candidate"
            actions={[
              <LinkButton key="a" onClick={() => setAdopting(c)}>
                加入答客问
              </LinkButton>,
              <LinkButton
                key="d"
                onClick={() =>
                  void confirmThen('不加入答客问', '该问题将从待补充列表中移除。确定吗？', async () => {
                    await dismiss.mutateAsync({ params: { path: { id: c.id } } });
                    void q.refetch();
                  })
                }
              >
                不加入
              </LinkButton>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {c.question}
                  {c.unanswered && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      未能解答
                    </Tag>
                  )}
                </span>
              }
              description={`${formatTime(c.createdAt, projectId)}${c.answer ? ' · 当时的答复：' + c.answer : ''}`}
            />
          </List.Item>
        )}
      />
      {adopting && (
        <EntryModal
          projectId={projectId}
          candidate={adopting}
          onClose={() => setAdopting(null)}
          onDone={() => {
            setAdopting(null);
            void q.refetch();
          }}
        />
      )}
    </Card>
  );
}

function Quiz({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const start = $api.useMutation('post', '/api/v1/faq/quizzes');
  const submit = $api.useMutation('post', '/api/v1/faq/quizzes/{id}/submit');
  const [quiz, setQuiz] = useState<components['schemas']['FaqQuizDto'] | null>(null);
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const month = projectToday(projectId).slice(0, 7);
  const scores = $api.useQuery('get', '/api/v1/faq/quizzes', { params: { query: { projectId, month } } }, { enabled: canWrite });
  const done = quiz?.score !== null && quiz?.score !== undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={`本月答客问测验（${month}）`} data-testid="faq-quiz">
        {!quiz ? (
          <Button
            type="primary"
            loading={start.isPending}
            onClick={async () => setQuiz(await start.mutateAsync({ body: { projectId } }))}
          >
            开始本月测验
          </Button>
        ) : (
          <>
            {done && (
              <Result
                status={quiz.score! >= FAQ_QUIZ_PASS_PERCENT ? 'success' : 'warning'}
                title={`得分 ${quiz.score}`}
                subTitle={quiz.score! >= FAQ_QUIZ_PASS_PERCENT ? '全部答对' : '请再熟悉答客问中答错的条目'}
              />
            )}
            {quiz.questions.map((x, i) => (
              <div key={i} style={{ marginBottom: 16 }}>
                <b>
                  {i + 1}. {x.question}
                </b>
                <Radio.Group
                  style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
                  disabled={done}
                  value={done ? quiz.correct?.[i] : answers[i]}
                  onChange={(e) => setAnswers({ ...answers, [i]: e.target.value as number })}
                  options={x.options.map((o, j) => ({ value: j, label: o }))}
                />
              </div>
            ))}
            {!done && (
              <Button
                type="primary"
                loading={submit.isPending}
                disabled={Object.keys(answers).length < quiz.questions.length}
                onClick={async () => {
                  const r = await submit.mutateAsync({
                    params: { path: { id: quiz.id } },
                    body: { answers: quiz.questions.map((_, i) => answers[i]!) },
                  });
                  setQuiz(r);
                  void scores.refetch();
                }}
              >
                交卷
              </Button>
            )}
          </>
        )}
      </Card>
      {canWrite && (
        <Card size="small" title="本月员工成绩">
          {scores.isError ? (
            <LoadFailed error={scores.error} onRetry={() => void scores.refetch()} />
          ) : (
            <Table
              size="small"
              rowKey="id"
              loading={scores.isLoading}
              pagination={false}
              dataSource={scores.data ?? []}
              locale={{ emptyText: '本月还没有人参加测验' }}
              columns={[
                { title: '员工', dataIndex: 'staffName' },
                { title: '得分', dataIndex: 'score', render: (v: number | null) => (v === null ? '未交卷' : v) },
                {
                  title: '是否全部掌握',
                  dataIndex: 'mastered',
                  render: (v: boolean) => (v ? <Tag color="green">是</Tag> : <Tag>否</Tag>),
                },
                {
                  title: '交卷时间',
                  dataIndex: 'submittedAt',
                  render: (v: string | null) => (v ? formatTime(v, projectId) : '—'),
                },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}

export default function FaqPage() {
  const { projectId, project } = useProject();
  const access = useAccess();
  const pid = projectId!;
  const canWrite = access.faqWrite;
  const tabs = [
    { key: 'entries', label: '条目', children: <Entries projectId={pid} canWrite={canWrite} /> },
    ...(canWrite
      ? [
          { key: 'review', label: '半年审核', children: <Review projectId={pid} /> },
          { key: 'candidates', label: '待补充问题', children: <Candidates projectId={pid} /> },
        ]
      : []),
    { key: 'quiz', label: '每月测验', children: <Quiz projectId={pid} canWrite={canWrite} /> },
  ];
  return (
    <PageContainer title="答客问" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs items={tabs} destroyOnHidden />
    </PageContainer>
  );
}
