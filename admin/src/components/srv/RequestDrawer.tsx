import { lazy, Suspense } from 'react';
import { Drawer, Skeleton } from 'antd';

/** loaded when a work order is first opened: the list's first load does without the detail and its action forms */
const RequestDetailView = lazy(() => import('./RequestDetailView'));

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
      {id !== null && (
        <Suspense fallback={<Skeleton active />}>
          <RequestDetailView key={id} id={id} onChanged={onChanged} />
        </Suspense>
      )}
    </Drawer>
  );
}
