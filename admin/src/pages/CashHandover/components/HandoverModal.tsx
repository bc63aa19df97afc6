/** A 交款单 read by id, previewed with 打印交款单 (A4). */
import { Skeleton } from 'antd';
import Loaded from '../../../components/Loaded';
import PrintDialog from '../../../components/PrintDialog';
import { $api } from '../../../services/api';
import HandoverDoc from './HandoverDoc';

export default function HandoverModal({ id, onClose }: { id: number | null; onClose: () => void }) {
  const q = $api.useQuery('get', '/api/v1/cash-handovers/{id}', { params: { path: { id: id ?? 0 } } }, { enabled: !!id });
  const h = q.data && q.data.id === id ? q.data : null;
  return (
    <PrintDialog
      title={h ? `交款单 · ${h.code}` : '交款单'}
      open={id !== null}
      onClose={onClose}
      width={900}
      printText="打印交款单"
      printTestId="handover-print"
      loading={
        <Loaded query={q} notFound="交款单不存在" skeleton={<Skeleton active paragraph={{ rows: 10 }} />}>
          {() => null}
        </Loaded>
      }
    >
      {h && <HandoverDoc h={h} />}
    </PrintDialog>
  );
}
