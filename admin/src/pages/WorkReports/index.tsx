/**
 * 月度工作报告 (R-RPT-02): the project's monthly reports for the owners' committee, by state, paged on the
 * server; 新建月报 starts a month's report (one per month); the detail (a drawer) holds the figures, the text,
 * the committee's review, the steps and the print.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, DatePicker, Drawer, Form, Modal, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { WORK_REPORT_DUE_DAY, WORK_REPORT_STATUSES, WORK_REPORT_STATUS_LABELS, type WorkReportStatus } from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { formatShort, pickerNow } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView, { STATUS_COLORS } from './DetailView';
import type { WorkReportSummary } from './types';

export default function WorkReportsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ month: Dayjs }>();
  const create = $api.useMutation('post', '/api/v1/work-reports');
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<WorkReportSummary>[] = [
    { title: '月份', dataIndex: 'month', width: 100, search: false },
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      valueType: 'select',
      valueEnum: Object.fromEntries(WORK_REPORT_STATUSES.map((k) => [k, { text: WORK_REPORT_STATUS_LABELS[k] }])),
      render: (_, r) => (
        <>
          <Tag color={STATUS_COLORS[r.status as WorkReportStatus]}>{WORK_REPORT_STATUS_LABELS[r.status as WorkReportStatus]}</Tag>
          {r.late && <Tag color="red">{r.submittedAt ? '逾期提交' : '已逾期'}</Tag>}
        </>
      ),
    },
    { title: '应提交', dataIndex: 'dueAt', width: 120, search: false, render: (_, r) => `${r.month}-${WORK_REPORT_DUE_DAY}` },
    {
      title: '提交业委会',
      dataIndex: 'submittedAt',
      width: 120,
      search: false,
      render: (_, r) => formatShort(r.submittedAt, r.projectId),
    },
    {
      title: '公示',
      dataIndex: 'publishedAt',
      width: 120,
      search: false,
      render: (_, r) => formatShort(r.publishedAt, r.projectId),
    },
    { title: '编写', dataIndex: 'createdByName', width: 90, search: false },
    openColumn('work-report-open', setOpenId, '查看'),
  ];

  return (
    <PageContainer title="月度工作报告" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<WorkReportSummary>
        path="/api/v1/work-reports"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="报送业主委员会的月度工作报告（每月28日前提交）"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/work-reports', {
              params: {
                query: { projectId: pid, status: (f.status as WorkReportStatus) || undefined, cursor: cursor ?? undefined },
              },
            }),
          )
        }
        onRow={openableRow('work-report-row', 'data-work-report-id', setOpenId)}
        toolBarRender={() => [
          <Button
            key="new"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.setFieldsValue({ month: pickerNow(pid) });
              setCreating(true);
            }}
            data-testid="work-report-new"
          >
            新建月报
          </Button>,
        ]}
        scroll={{ x: 800 }}
        emptyText="还没有月度工作报告"
      />
      <Modal
        title="新建月度工作报告"
        open={creating}
        onCancel={() => setCreating(false)}
        okText="建立"
        confirmLoading={create.isPending}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          const r = await create.mutateAsync({ body: { projectId: pid, month: v.month.format('YYYY-MM') } });
          setCreating(false);
          actionRef.current?.reload();
          setOpenId(r.id);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="month" label="月份" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker
              picker="month"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(pickerNow(pid), 'month')}
              data-testid="work-report-month"
            />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer title="月度工作报告" open={openId !== null} width={860} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
