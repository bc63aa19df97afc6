/**
 * 打印催缴通知单 of one building (R-ARR-01): every household of it a month or more in arrears, one A4 page each.
 * 打印 first records this month's written notice of each household printed (one already recorded is left as it
 * was), then the browser prints; a failure to record stops the print.
 */
import { useState } from 'react';
import { Empty, Skeleton } from 'antd';
import { $api, client, got, showError, showSuccess } from '../../services/api';
import PrintDialog from '../../components/PrintDialog';
import NoticeDoc from './NoticeDoc';

export default function NoticesDialog({
  projectId,
  buildingId,
  onClose,
}: {
  projectId: number;
  buildingId: number | null;
  onClose: (recorded: boolean) => void;
}) {
  const q = $api.useQuery(
    'get',
    '/api/v1/arrears/notices',
    { params: { query: { projectId, buildingId: buildingId ?? 0 } } },
    { enabled: buildingId !== null },
  );
  const batch = q.data;
  const notices = batch?.notices ?? [];
  const fresh = notices.filter((n) => !n.noticedThisMonth).length;
  const [recorded, setRecorded] = useState(false);
  return (
    <PrintDialog
      title={`催缴通知单${batch ? ` · ${batch.buildingName}（${notices.length} 户，打印时登记 ${fresh} 户本月书面催缴）` : ''}`}
      open={buildingId !== null}
      onClose={() => onClose(recorded)}
      printText="登记并打印"
      printTestId="notices-print"
      loading={q.isError ? <Empty description="加载失败，请关闭后重试" /> : <Skeleton active />}
      onPrint={async () => {
        try {
          const r = await got(
            client.POST('/api/v1/arrears/notices', {
              body: { projectId, buildingId: buildingId!, roomIds: notices.map((n) => n.roomId) },
            }),
          );
          setRecorded(true);
          showSuccess(`已登记 ${r.recorded} 户本月书面催缴${r.skipped ? `，${r.skipped} 户本月已登记过` : ''}`);
        } catch (e) {
          showError(e);
          throw e;
        }
      }}
    >
      {batch && notices.length ? (
        <>
          {notices.map((n) => (
            <NoticeDoc key={n.roomId} batch={batch} n={n} />
          ))}
        </>
      ) : batch ? (
        <Empty description="本楼栋没有欠费满一个月的住户" />
      ) : null}
    </PrintDialog>
  );
}
