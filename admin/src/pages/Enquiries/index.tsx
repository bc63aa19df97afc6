/**
 * 建议与咨询: every suggestion and inquiry of the project with its agreed reply time; filters and keyset
 * paging on the server; late rows in red; the detail with its steps in a drawer; intake; the month's reply rates.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Drawer, Statistic, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ENQUIRY_STATUSES,
  ENQUIRY_STATUS_LABELS,
  ENQUIRY_TYPES,
  ENQUIRY_TYPE_LABELS,
  REPLY_WAY_LABELS,
  type EnquiryStatus,
  type EnquiryType,
  type ReplyWay,
} from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { formatShort, projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from './DetailView';
import IntakeModal from './IntakeModal';
import type { EnquirySummary } from './types';

const valueEnum = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  Object.fromEntries(keys.map((k) => [k, { text: labels[k] }]));

function Rates({ projectId }: { projectId: number }) {
  const month = projectToday(projectId).slice(0, 7);
  const q = $api.useQuery('get', '/api/v1/enquiries/stats', { params: { query: { projectId, month } } });
  const rate = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={`本月答复情况（${month}）`} loading={q.isLoading}>
      <div style={{ display: 'flex', gap: 48, flexWrap: 'wrap' }}>
        {(q.data ?? []).map((r) => (
          <div key={r.type} style={{ display: 'flex', gap: 32 }}>
            <Statistic title={`${ENQUIRY_TYPE_LABELS[r.type as EnquiryType]}件数`} value={r.received} />
            <Statistic title="答复率" value={rate(r.replyRate)} />
            <Statistic title="及时答复率" value={rate(r.timelyRate)} />
            {r.type === 'suggestion' && <Statistic title="采纳" value={r.adopted} />}
          </div>
        ))}
        {q.isError && <span>加载失败，请刷新重试</span>}
      </div>
    </Card>
  );
}

export default function EnquiriesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [taking, setTaking] = useState(false);
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<EnquirySummary>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '客户或内容' } },
    {
      title: '类别',
      dataIndex: 'type',
      width: 80,
      valueType: 'select',
      valueEnum: valueEnum(ENQUIRY_TYPES, ENQUIRY_TYPE_LABELS),
      render: (_, r) => (
        <Tag color={r.type === 'suggestion' ? 'green' : 'blue'}>{ENQUIRY_TYPE_LABELS[r.type as EnquiryType]}</Tag>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      valueType: 'select',
      valueEnum: valueEnum(ENQUIRY_STATUSES, ENQUIRY_STATUS_LABELS),
      render: (_, r) => ENQUIRY_STATUS_LABELS[r.status as EnquiryStatus],
    },
    {
      title: '约定答复',
      dataIndex: 'agreedReplyAt',
      width: 130,
      search: false,
      render: (_, r) => (
        <span>
          {formatShort(r.agreedReplyAt, r.projectId)}
          {r.replyLate && !r.repliedAt && (
            <Tag color="red" style={{ marginLeft: 4 }}>
              超时
            </Tag>
          )}
          {r.forwardLate && r.status === 'received' && (
            <Tag color="red" style={{ marginLeft: 4 }}>
              未转交
            </Tag>
          )}
        </span>
      ),
    },
    { title: '客户', dataIndex: 'name', width: 90, search: false },
    { title: '内容', dataIndex: 'content', search: false, ellipsis: true },
    {
      title: '答复方式',
      dataIndex: 'replyWay',
      width: 90,
      search: false,
      render: (_, r) => REPLY_WAY_LABELS[r.replyWay as ReplyWay],
    },
    {
      title: '收到',
      dataIndex: 'receivedAt',
      width: 110,
      search: false,
      render: (_, r) => formatShort(r.receivedAt, r.projectId),
    },
    { title: '只看超时', dataIndex: 'overdue', hideInTable: true, valueType: 'switch' },
    openColumn('enquiry-open', setOpenId),
  ];

  return (
    <PageContainer title="建议与咨询" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Rates projectId={pid} />
      <KeysetTable<EnquirySummary>
        path="/api/v1/enquiries"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="建议与咨询"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/enquiries', {
              params: {
                query: {
                  projectId: pid,
                  type: (f.type as EnquiryType) || undefined,
                  status: (f.status as EnquiryStatus) || undefined,
                  overdue: f.overdue === true ? true : undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        rowClassName={(r) =>
          (r.replyLate && !r.repliedAt) || (r.forwardLate && r.status === 'received') ? 'wy-row-overdue' : ''
        }
        onRow={openableRow('enquiry-row', 'data-enquiry-id', setOpenId)}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setTaking(true)} data-testid="enquiry-new">
            登记
          </Button>,
        ]}
        scroll={{ x: 1100 }}
        emptyText="没有符合条件的建议或咨询"
      />
      <IntakeModal
        projectId={pid}
        open={taking}
        onClose={() => setTaking(false)}
        onCreated={(id) => {
          setTaking(false);
          actionRef.current?.reload();
          setOpenId(id);
        }}
      />
      <Drawer title="建议与咨询详情" open={openId !== null} width={820} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
