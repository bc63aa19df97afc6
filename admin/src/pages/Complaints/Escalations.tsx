/**
 * 重大投诉督办 (the manager's escalation inbox): class A complaints of the project with a promise past due
 * (the 2-day answer, the 10-day handling …), oldest first; open one to act or approve an extension.
 */
import { useState } from 'react';
import { Alert, Drawer, Empty, Table, Typography } from 'antd';
import Loaded from '../../components/Loaded';
import { useProject } from '../../project';
import { $api } from '../../services/api';
import { formatShort } from '../../utils/time';
import ComplaintDetailView from './components/ComplaintDetailView';
import { categoryText, RunningClocks, StatusTag } from './display';
import type { ComplaintSummary } from './types';
import PageContainer from '../../components/PageContainer';

export default function EscalationsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [openId, setOpenId] = useState<number | null>(null);
  const q = $api.useQuery('get', '/api/v1/complaints/escalations', { params: { query: { projectId: pid } } });

  return (
    <PageContainer title="重大投诉督办" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="重大（A 类）投诉须立即上报经理，2 天内给投诉人明确答复，10 天内处理完毕；超时的列在这里，直到办结或经批准延期。"
      />
      <Loaded query={q}>
        {(rows) => (
          <div data-testid="escalation-table">
            <Table<ComplaintSummary>
              rowKey="id"
              size="middle"
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有超时的重大投诉" /> }}
              rowClassName={() => 'wy-row-overdue'}
              onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
              columns={[
                {
                  title: '编码',
                  dataIndex: 'code',
                  width: 160,
                  render: (v: string) => (
                    <Typography.Text strong data-latin-ok>
                      {v}
                    </Typography.Text>
                  ),
                },
                { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => <StatusTag value={v} /> },
                { title: '类别', dataIndex: 'category', width: 70, render: (v: string) => categoryText(v) },
                { title: '投诉人', dataIndex: 'complainantName', width: 90 },
                { title: '投诉内容', dataIndex: 'problem', ellipsis: true },
                { title: '收到', dataIndex: 'receivedAt', width: 110, render: (v: string, r) => formatShort(v, r.projectId) },
                {
                  title: '承诺',
                  key: 'running',
                  width: 170,
                  render: (_, r) => <RunningClocks clocks={r.running} projectId={r.projectId} />,
                },
              ]}
            />
          </div>
        )}
      </Loaded>
      <Drawer title="投诉详情" open={openId !== null} width={860} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <ComplaintDetailView key={openId} id={openId} onChanged={() => void q.refetch()} />}
      </Drawer>
    </PageContainer>
  );
}
