/**
 * 欠费催缴 (R-ARR-01…07): the project's households in arrears — room, owner, what they owe today (principal and
 * late fee), how many months, the ladder's step, the action due this month and the last action — filtered by
 * building, step, 本月待办 and promised dates that fell due, sorted by age or amount, paged on the server.
 * Finance records an action (kind, date, note, signature, tracking number, promised pay date) and prints a
 * building's 催缴通知单 (printing records the month's written notice of each household printed). The desk reads.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { ARREARS_SORT_LABELS, ARREARS_STAGE_LABELS, formatYuan, type ArrearsSort, type ArrearsStage } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import type { ArrearsRow } from '../../services/models';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import LinkButton from '../../components/LinkButton';
import Deferred from '../../components/Deferred';
import ArrearsTags from './ArrearsTags';
import RecordModal from './RecordModal';
import NoticesDialog from './NoticesDialog';

type Row = ArrearsRow & { id: number };
const DUE_COLORS: Record<string, string> = { sue: 'red', lawyer_letter: 'volcano', none: 'default' };

export default function ArrearsPage() {
  const access = useAccess();
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [recording, setRecording] = useState<Row | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const [building, setBuilding] = useState<number | null>(null);
  const [summary, setSummary] = useState<{ total: number; totalOwedFen: number } | null>(null);
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const buildings =
    $api.useQuery('get', '/api/v1/projects/{projectId}/buildings', { params: { path: { projectId: pid } } }).data ?? [];

  const columns: ListColumn<Row>[] = [
    {
      title: '楼栋',
      dataIndex: 'buildingId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: buildings.map((b) => ({ value: String(b.id), label: b.name })) },
    },
    {
      title: '阶段',
      dataIndex: 'stage',
      hideInTable: true,
      valueEnum: Object.fromEntries(Object.entries(ARREARS_STAGE_LABELS).map(([k, text]) => [k, { text }])),
    },
    { title: '本月待办', dataIndex: 'todo', hideInTable: true, valueType: 'switch' },
    { title: '承诺到期', dataIndex: 'promiseDue', hideInTable: true, valueType: 'switch' },
    {
      title: '排序',
      dataIndex: 'sort',
      hideInTable: true,
      initialValue: 'age',
      fieldProps: { allowClear: false },
      valueEnum: Object.fromEntries(Object.entries(ARREARS_SORT_LABELS).map(([k, text]) => [k, { text }])),
    },
    {
      title: '房屋',
      dataIndex: 'roomLabel',
      width: 190,
      search: false,
      render: (_, r) => (
        <span data-testid="arrears-room">
          <b>{r.roomLabel}</b>
          <br />
          <ArrearsTags flagged={r.flagged} largeCustomer={r.largeCustomer} />
        </span>
      ),
    },
    {
      title: '业主',
      dataIndex: 'ownerName',
      width: 140,
      search: false,
      render: (_, r) =>
        r.ownerName ? (
          <span>
            {r.ownerName}
            <br />
            <Typography.Text type="secondary" className="wy-phone">
              {r.ownerPhoneMasked ?? ''}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '欠费金额',
      dataIndex: 'owedFen',
      width: 150,
      align: 'right',
      search: false,
      render: (_, r) => (
        <span data-testid="arrears-owed">
          <b>{formatYuan(r.owedFen)}</b>
          <br />
          <Typography.Text type="secondary">
            {r.bills} 笔{r.lateFeeFen > 0 ? `，含违约金 ${formatYuan(r.lateFeeFen)}` : ''}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: '欠费时长',
      dataIndex: 'ageMonths',
      width: 130,
      search: false,
      render: (_, r) => (
        <span>
          {r.ageMonths < 1 ? '不足 1 个月' : `${r.ageMonths} 个月`}
          <br />
          <Typography.Text type="secondary">自 {r.oldestDueOn}</Typography.Text>
        </span>
      ),
    },
    { title: '阶段', dataIndex: 'stageLabel', width: 100, search: false },
    {
      title: '本月应办',
      dataIndex: 'dueLabel',
      width: 130,
      search: false,
      render: (_, r) => (
        <Tag color={DUE_COLORS[r.due] ?? 'orange'} data-testid="arrears-due">
          {r.dueLabel}
        </Tag>
      ),
    },
    {
      title: '最近催缴',
      dataIndex: 'lastAction',
      width: 170,
      search: false,
      render: (_, r) =>
        r.lastAction ? (
          <span>
            {r.lastAction.kindLabel}
            <br />
            <Typography.Text type="secondary">
              {r.lastAction.doneOn} {r.lastAction.byName}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '承诺缴费',
      dataIndex: 'promisedOn',
      width: 120,
      search: false,
      render: (_, r) =>
        r.promisedOn ? (
          <span data-testid="arrears-promise">
            {r.promisedOn}
            {r.promiseDue && (
              <Tag color="red" style={{ marginLeft: 4 }}>
                待跟进
              </Tag>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      hideInTable: !access.arrearsCollect,
      render: (_, r) => [
        <LinkButton key="record" data-testid="arrears-record" onClick={() => setRecording(r)}>
          登记催缴
        </LinkButton>,
      ],
    },
  ];

  return (
    <PageContainer title="欠费催缴" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Row>
        path="/api/v1/arrears"
        rowKey="roomId"
        actionRef={actionRef}
        headerTitle={
          <Space>
            <Typography.Text strong>欠费住户</Typography.Text>
            {summary && (
              <Typography.Text type="secondary" data-testid="arrears-summary">
                共 {summary.total} 户，合计 {formatYuan(summary.totalOwedFen)}
              </Typography.Text>
            )}
          </Space>
        }
        columns={columns}
        params={params}
        fetchPage={async (f, cursor) => {
          const b = f.buildingId ? Number(f.buildingId) : null;
          setBuilding(b);
          const page = await got(
            client.GET('/api/v1/arrears', {
              params: {
                query: {
                  projectId: pid,
                  buildingId: b ?? undefined,
                  stage: (f.stage as ArrearsStage) || undefined,
                  todo: f.todo === true ? true : undefined,
                  promiseDue: f.promiseDue === true ? true : undefined,
                  sort: (f.sort as ArrearsSort) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          setSummary({ total: page.total, totalOwedFen: page.totalOwedFen });
          return { ...page, items: page.items.map((r) => ({ ...r, id: r.roomId })) };
        }}
        scroll={{ x: 1300 }}
        emptyText="没有欠费住户"
        toolBarRender={() =>
          access.arrearsCollect
            ? [
                <Button
                  key="print"
                  icon={<PrinterOutlined />}
                  data-testid="arrears-print"
                  disabled={!building}
                  title={building ? undefined : '请先按楼栋筛选'}
                  onClick={() => setPrinting(building)}
                >
                  打印本楼栋催缴通知单
                </Button>,
              ]
            : []
        }
      />
      <Deferred when={recording !== null}>
        <RecordModal
          row={recording}
          onClose={(saved) => {
            setRecording(null);
            if (saved) actionRef.current?.reload();
          }}
        />
      </Deferred>
      <Deferred when={printing !== null}>
        <NoticesDialog
          projectId={pid}
          buildingId={printing}
          onClose={(recorded) => {
            setPrinting(null);
            if (recorded) actionRef.current?.reload();
          }}
        />
      </Deferred>
    </PageContainer>
  );
}
