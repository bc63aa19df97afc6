/**
 * 值班记录 (R-SRV-02) and 交接班 (R-SRV-04): the day's duty log and notes; the open-request handover list with
 * a printable 交接班记录; the handover itself to a colleague picked from the project's desk staff.
 */
import { useState } from 'react';
import { Col, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import { $api } from '../../services/api';
import RequestDrawer from '../../components/srv/RequestDrawer';
import PrintDialog from '../../components/PrintDialog';
import DutyLog, { today, useDutyLog } from './components/DutyLog';
import HandoverDoc from './components/HandoverDoc';
import HandoverList from './components/HandoverList';
import HandoverModal from './components/HandoverModal';
import PageContainer from '../../components/PageContainer';

export default function DutyPage() {
  const { projectId, project } = useProject();
  const { me } = useAuth();
  const pid = projectId!;
  const [date, setDate] = useState<Dayjs>(today);
  const [printing, setPrinting] = useState(false);
  const [handing, setHanding] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const day = date.format('YYYY-MM-DD');
  const handover = $api.useQuery('get', '/api/v1/shift-handover', { params: { query: { projectId: pid } } });
  const entries = useDutyLog(pid, day).data ?? [];
  const doc = handover.data && (
    <HandoverDoc list={handover.data} entries={entries} projectName={project?.name} from={me?.name} date={day} />
  );

  return (
    <PageContainer title="值班记录与交接班" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Row gutter={16}>
        <Col xs={24} xxl={10}>
          <DutyLog projectId={pid} date={date} onDate={setDate} onOpen={setOpenId} />
        </Col>
        <Col xs={24} xxl={14}>
          <HandoverList
            list={handover.data}
            loading={handover.isFetching}
            error={handover.isError && !handover.data ? handover.error : undefined}
            onReload={() => void handover.refetch()}
            onPrint={() => setPrinting(true)}
            onHandover={() => setHanding(true)}
            onOpen={setOpenId}
          />
        </Col>
      </Row>

      <PrintDialog title="打印交接班记录" open={printing} onClose={() => setPrinting(false)} width={900}>
        {doc}
      </PrintDialog>
      <HandoverModal
        projectId={pid}
        openCount={handover.data?.openRequests.length ?? 0}
        open={handing}
        onClose={() => setHanding(false)}
      />
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void handover.refetch()} />
    </PageContainer>
  );
}
