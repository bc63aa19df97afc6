/** 打印派工单 (R-REP-04): the A4 work order previewed, and printed; each print is recorded by the API first. */
import PrintDialog from '../../PrintDialog';
import { $api } from '../../../services/api';
import type { RequestDetail } from '../../../services/models';
import WorkOrderDoc from '../WorkOrderDoc';

export default function PrintWorkOrder({
  r,
  projectName,
  open,
  onClose,
}: {
  r: RequestDetail;
  projectName?: string;
  open: boolean;
  onClose: () => void;
}) {
  const record = $api.useMutation('post', '/api/v1/service-requests/{id}/print');
  return (
    <PrintDialog
      title="打印派工单"
      open={open}
      onClose={onClose}
      printTestId="print-confirm"
      onPrint={() => record.mutateAsync({ params: { path: { id: r.id } } })}
    >
      <WorkOrderDoc r={r} projectName={projectName} />
    </PrintDialog>
  );
}
