/**
 * 重点客户与沟通 (R-RPT-04) for the manager's office: 重点客户名单 — each person with why they are key, the
 * last communication and 已沟通 / 待沟通 / 已逾期 (committee monthly, key customers quarterly; filtered on the
 * server); 业委会委员 — the committee members of the list; 沟通记录 — every record, by quarter, and the
 * quarter's printed 沟通记录 (A4); 节日问候 — who has and has not been greeted for the coming festival.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, DatePicker, Space, Tabs, Tag } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  CONTACT_STATES,
  CONTACT_STATE_LABELS,
  KEY_CUSTOMER_KINDS,
  KEY_CUSTOMER_KIND_LABELS,
  type ContactState,
  type KeyCustomerKind,
} from '@wy/shared';
import PageContainer from '../../components/PageContainer';
import LinkButton from '../../components/LinkButton';
import PrintDialog from '../../components/PrintDialog';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { pickerNow } from '../../utils/time';
import CommunicationModal from './CommunicationModal';
import CustomerModal from './CustomerModal';
import Greetings from './Greetings';
import PrintDoc from './PrintDoc';
import type { Communication, KeyCustomer } from './types';

const STATE_COLORS: Record<string, string> = { ok: 'green', due: 'orange', overdue: 'red' };
const quarterOf = (d: Dayjs) => `${d.year()}Q${Math.floor(d.month() / 3) + 1}`;

function CustomerList({ projectId, kind }: { projectId: number; kind?: KeyCustomerKind }) {
  const actionRef = useRef<TableAction>(undefined);
  const [editing, setEditing] = useState<KeyCustomer | 'new' | null>(null);
  const [talking, setTalking] = useState<KeyCustomer | null>(null);
  const params = useMemo(() => ({ projectId, kind }), [projectId, kind]);
  const columns: ListColumn<KeyCustomer>[] = [
    { title: '姓名', dataIndex: 'keyword', hideInTable: true },
    { title: '姓名', dataIndex: 'name', width: 110, search: false },
    ...(kind
      ? []
      : [
          {
            title: '类别',
            dataIndex: 'kind',
            width: 110,
            valueType: 'select' as const,
            valueEnum: Object.fromEntries(KEY_CUSTOMER_KINDS.map((k) => [k, { text: KEY_CUSTOMER_KIND_LABELS[k] }])),
            render: (_: unknown, k: KeyCustomer) => k.kindLabel,
          },
        ]),
    {
      title: '职务',
      dataIndex: 'committeeRole',
      width: 80,
      search: false,
      hideInTable: kind !== 'committee',
      render: (_, k) => k.committeeRole ?? '—',
    },
    { title: '房屋', dataIndex: 'roomLabel', width: 130, search: false, render: (_, k) => k.roomLabel ?? '—' },
    { title: '原因', dataIndex: 'reason', search: false, ellipsis: true },
    {
      title: '联系电话',
      dataIndex: 'phoneMasked',
      width: 130,
      search: false,
      render: (_, k) => <span data-latin-ok>{k.phoneMasked ?? '—'}</span>,
    },
    { title: '最近沟通', dataIndex: 'lastContactOn', width: 110, search: false, render: (_, k) => k.lastContactOn ?? '未沟通' },
    {
      title: '沟通状态',
      dataIndex: 'state',
      width: 130,
      valueType: 'select',
      valueEnum: Object.fromEntries(CONTACT_STATES.map((s) => [s, { text: CONTACT_STATE_LABELS[s] }])),
      render: (_, k) => (
        <Tag color={STATE_COLORS[k.contactState]} data-testid="key-customer-state">
          {k.contactStateLabel}
        </Tag>
      ),
    },
    { title: '截止', dataIndex: 'dueBy', width: 110, search: false },
    {
      title: '操作',
      valueType: 'option',
      width: 150,
      fixed: 'right',
      render: (_, k) => [
        <LinkButton key="talk" onClick={() => setTalking(k)} data-testid="key-customer-talk">
          记录沟通
        </LinkButton>,
        <LinkButton key="edit" onClick={() => setEditing(k)}>
          编辑
        </LinkButton>,
      ],
    },
  ];
  return (
    <>
      <KeysetTable<KeyCustomer>
        path="/api/v1/key-customers"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          kind === 'committee' ? '业委会委员（每月至少沟通一次）' : '重点客户名单（业委会委员每月、重点客户每季度至少沟通一次）'
        }
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/key-customers', {
              params: {
                query: {
                  projectId,
                  kind: kind ?? ((f.kind as KeyCustomerKind) || undefined),
                  state: (f.state as ContactState) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        toolBarRender={() => [
          <Button
            key="new"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="key-customer-new"
          >
            {kind === 'committee' ? '添加委员' : '加入名单'}
          </Button>,
        ]}
        scroll={{ x: 1200 }}
        emptyText={kind === 'committee' ? '名单中还没有业委会委员' : '还没有重点客户'}
      />
      {editing && (
        <CustomerModal
          projectId={projectId}
          editing={editing === 'new' ? null : editing}
          defaultKind={kind ?? 'key'}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            actionRef.current?.reload();
          }}
        />
      )}
      {talking && (
        <CommunicationModal
          who={talking}
          onClose={() => setTalking(null)}
          onDone={() => {
            setTalking(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}

function Communications({ projectId }: { projectId: number }) {
  const [quarter, setQuarter] = useState<Dayjs>(() => pickerNow(projectId));
  const [printing, setPrinting] = useState(false);
  const q = quarterOf(quarter);
  const params = useMemo(() => ({ projectId, quarter: q }), [projectId, q]);
  const doc = $api.useQuery(
    'get',
    '/api/v1/communications/print',
    { params: { query: { projectId, quarter: q } } },
    { enabled: printing },
  );
  const columns: ListColumn<Communication>[] = [
    { title: '日期', dataIndex: 'contactOn', width: 110, search: false },
    { title: '沟通对象', dataIndex: 'customerName', width: 110, search: false },
    { title: '类别', dataIndex: 'customerKindLabel', width: 100, search: false },
    { title: '沟通人', dataIndex: 'staffName', width: 90, search: false },
    { title: '方式', dataIndex: 'channelLabel', width: 90, search: false },
    { title: '主题', dataIndex: 'topic', width: 160, search: false },
    { title: '内容', dataIndex: 'summary', search: false, ellipsis: true },
    { title: '跟进事项', dataIndex: 'followUp', width: 160, search: false, ellipsis: true, render: (_, c) => c.followUp ?? '—' },
  ];
  return (
    <>
      <KeysetTable<Communication>
        path="/api/v1/communications"
        rowKey="id"
        search={false}
        headerTitle={
          <Space>
            沟通记录
            <DatePicker
              picker="quarter"
              value={quarter}
              allowClear={false}
              onChange={(d) => d && setQuarter(d)}
              disabledDate={(d) => d.isAfter(pickerNow(projectId), 'month')}
              aria-label="季度"
              data-testid="communication-quarter"
            />
          </Space>
        }
        columns={columns}
        params={params}
        fetchPage={(_, cursor) =>
          got(client.GET('/api/v1/communications', { params: { query: { projectId, quarter: q, cursor: cursor ?? undefined } } }))
        }
        toolBarRender={() => [
          <Button key="print" icon={<PrinterOutlined />} onClick={() => setPrinting(true)} data-testid="communication-print">
            打印本季度沟通记录
          </Button>,
        ]}
        scroll={{ x: 1100 }}
        emptyText="本季度还没有沟通记录"
      />
      <PrintDialog title="沟通记录" open={printing} onClose={() => setPrinting(false)} printTestId="communication-print-go">
        {doc.data ? <PrintDoc d={doc.data} /> : null}
      </PrintDialog>
    </>
  );
}

export default function RelationsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [tab, setTab] = useState('all');
  return (
    <PageContainer title="重点客户与沟通" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'all', label: '重点客户名单', children: <CustomerList projectId={pid} /> },
          { key: 'committee', label: '业委会委员', children: <CustomerList projectId={pid} kind="committee" /> },
          { key: 'talks', label: '沟通记录', children: <Communications projectId={pid} /> },
          { key: 'greetings', label: '节日问候', children: <Greetings projectId={pid} /> },
        ]}
      />
    </PageContainer>
  );
}
