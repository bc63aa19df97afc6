/**
 * One of my repairs: status and promised time, the facts (visit, technician, fee, result, materials, photos,
 * signature), the fee's bill, the progress timeline in my words (R-SRV-07) and the actions the API allows
 * me (confirm, reopen, cancel).
 */
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api, ApiError } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import { BillCard, DetailHead, Facts, Progress } from './parts';
import { OwnerActions } from './actions';
import '../../srv-common/srv.css';
import '../repair.css';
import { useElderClass } from '../../services/elder';

async function loadDetail(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该报修');
  const [detail, rooms] = await Promise.all([
    api.get('/me/service-requests/{id}', { path: { id }, silent: true }),
    loadMyRooms(),
  ]);
  // the centre to call: the project of the repair's room
  const room = rooms.rooms.find((r) => r.roomId === detail.roomId) ?? rooms.rooms.find((r) => r.projectId === detail.projectId);
  return { detail, room: room ?? null };
}

export default function RepairDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => loadDetail(id), { guard: requireOwner });
  return (
    <PageState page={page} rows={4} notFound={{ title: '未找到该报修', desc: '该报修可能已被删除，或不是您提交的' }}>
      {({ detail: d, room }) => (
        <View className={`page rp-detail ${elder}`}>
          <DetailHead d={d} />
          <Facts d={d} room={room} />
          {d.bill ? <BillCard bill={d.bill} room={room} /> : null}
          <Progress d={d} />
          <OwnerActions d={d} onDone={(next) => page.set({ detail: next, room })} />
        </View>
      )}
    </PageState>
  );
}
