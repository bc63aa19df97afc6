import { Drawer } from 'antd';
import RequestDetailView from './RequestDetailView';

/** The work order in a side drawer, over a list or board. */
export default function RequestDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number | null;
  onClose: () => void;
  onChanged?: () => void;
}) {
  return (
    <Drawer title="工单详情" open={id !== null} width={820} onClose={onClose} destroyOnHidden>
      {id !== null && <RequestDetailView key={id} id={id} onChanged={onChanged} />}
    </Drawer>
  );
}
