/**
 * A technician's work order: owner (masked number, call via the centre), place, photos, timeline, and only
 * the actions the API allows, in the order of the job: 接单/抢单 → 到场签到 → 完工; 转单/退单/暂停 need a
 * reason, 改约 a reason and a new time (R-REP-07), 完工 materials, result, fee for paid jobs and photos
 * (R-REP-06), 交回工单 an optional note (R-REP-05).
 */
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { api, ApiError } from '../../services/request';
import { requireStaff } from '../staff';
import { OrderActions } from './actions';
import { OrderFacts, OrderHead, OrderProgress, OwnerContact } from './parts';
import '../../srv-common/srv.css';
import '../staff.css';

async function loadOrder(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该工单');
  return api.get('/service-requests/{id}', { path: { id }, silent: true });
}

export default function OrderDetail() {
  const id = Number(useRouter().params.id);
  const page = usePage(() => loadOrder(id), { guard: requireStaff });
  return (
    <PageState page={page} rows={4} notFound={{ title: '未找到该工单', desc: '工单可能已改派他人' }}>
      {(d) => (
        <View className="page st-detail">
          <OrderHead d={d} />
          <OwnerContact d={d} />
          <OrderFacts d={d} />
          <OrderProgress d={d} />
          <OrderActions d={d} onDone={page.set} />
        </View>
      )}
    </PageState>
  );
}
