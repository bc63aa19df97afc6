/**
 * 投诉指南 for the lobby (R-CMP-20): where and how to complain, the flow and the project's own time limits,
 * as the API writes them from the durations the clocks run on; printed from the register.
 */
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import PrintDialog from '../../../components/PrintDialog';
import { $api } from '../../../services/api';

export function GuideButton({ projectId, projectName }: { projectId: number; projectName?: string }) {
  const [open, setOpen] = useState(false);
  const q = $api.useQuery('get', '/api/v1/complaints/guide', { params: { query: { projectId } } }, { enabled: open });
  const g = q.data;
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => setOpen(true)} data-testid="complaint-guide-print">
        投诉指南
      </Button>
      <PrintDialog title="投诉指南（大堂张贴）" open={open} onClose={() => setOpen(false)} printTestId="complaint-guide-do-print">
        {g && (
          <div className="wy-doc" data-testid="complaint-guide-doc">
            <h1>{projectName ? `${projectName}物业服务中心 投诉指南` : '投诉指南'}</h1>
            <p className="wy-doc-sub">{g.invitation}</p>
            <h3>在哪里投诉</h3>
            <ul>
              {g.ways.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <h3>处理流程</h3>
            <p>{g.flow.join(' → ')}</p>
            <h3>处理时限</h3>
            <ul>
              {g.limits.map((w) => (
                <li key={w} data-testid="complaint-guide-limit">
                  {w}
                </li>
              ))}
            </ul>
          </div>
        )}
      </PrintDialog>
    </>
  );
}
