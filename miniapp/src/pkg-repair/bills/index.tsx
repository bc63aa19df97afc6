/**
 * My bills across my rooms (until the fee subpackage arrives): what is owed on top, then each bill with its
 * room, amount and status; a paid one opens its e-receipt (R-FEE-02), an unpaid one says where to pay.
 */
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, Skeleton } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { Bill, MyBills, MyRoom } from '../../services/models';
import { shortTime, yuan } from '../../srv-common/format';
import { BillStatusTag } from '../../srv-common/ui';
import '../../srv-common/srv.css';
import '../repair.css';

type Filter = 'all' | 'unpaid' | 'paid';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', unpaid: '待缴', paid: '已缴' };

function BillRow(props: { b: Bill }) {
  const b = props.b;
  const openSource = () => {
    if (b.sourceType === 'repair') void Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${b.sourceId}` });
  };
  const openReceipt = () => {
    if (b.paymentId) void Taro.navigateTo({ url: `/pkg-repair/receipt/index?paymentId=${b.paymentId}` });
  };
  return (
    <View className="card bl-item t-bill-row">
      <View className="bl-item__main" hoverClass="cell--hover" onClick={openSource}>
        <View className="rp-item__row">
          <Text className="rp-item__title">{b.title}</Text>
          <BillStatusTag status={b.status} />
        </View>
        <Text className="bl-item__room">{b.roomLabel}</Text>
        <View className="bl-item__row">
          <Text className="muted">
            {b.status === 'paid' && b.paidAt ? `缴费于 ${shortTime(b.paidAt)}` : `出账于 ${shortTime(b.createdAt)}`}
          </Text>
          <Text className={`bl-item__amount ${b.status === 'unpaid' ? 'bl-item__amount--due' : ''} t-bill-row-amount`}>
            {yuan(b.amountFen)}
          </Text>
        </View>
      </View>
      {b.status === 'paid' && b.paymentId ? (
        <View className="fee__link t-bill-row-receipt" hoverClass="cell--hover" onClick={openReceipt}>
          <View className="fee__link-main">
            <Text>收据号 {b.receiptNo || '—'}</Text>
          </View>
          <Text>电子收据 ›</Text>
        </View>
      ) : null}
    </View>
  );
}

export default function MyBillsPage() {
  const [loading, setLoading] = useState(true);
  const [data, setData] = useState<MyBills | null>(null);
  const [rooms, setRooms] = useState<MyRoom[]>([]);
  const [filter, setFilter] = useState<Filter>('all');

  const load = useCallback(async () => {
    if (!session.isLoggedIn()) {
      void Taro.redirectTo({ url: '/pkg-auth/login/index' });
      return;
    }
    try {
      const [bills, rs] = await Promise.all([
        api.get('/me/bills'),
        api.get('/me/rooms', { silent: true }).catch(() => [] as MyRoom[]),
      ]);
      setData(bills);
      setRooms(rs);
    } catch {
      // toast shown by the wrapper
    } finally {
      setLoading(false);
    }
  }, []);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const items = data?.items ?? [];
  const unpaid = items.filter((b) => b.status === 'unpaid');
  // the centre to call: the project of the first bill owed, else of my first room
  const room = rooms.find((r) => r.projectId === unpaid[0]?.projectId) ?? rooms[0];
  const call = async () => {
    if (!room?.servicePhone) return;
    const { confirm } = await Taro.showModal({
      title: '联系物业服务中心',
      content: `${room.projectName}\n客服电话 ${room.servicePhone}`,
      confirmText: '拨打',
    });
    if (confirm) void Taro.makePhoneCall({ phoneNumber: room.servicePhone }).catch(() => undefined);
  };
  const match = (b: Bill, f: Filter) => f === 'all' || b.status === f;
  const shown = items.filter((b) => match(b, filter));

  if (loading) {
    return (
      <View className="page pad">
        <Skeleton rows={3} />
      </View>
    );
  }

  return (
    <View className="page">
      <View className={`card bl-sum t-bills-sum ${data && data.unpaidFen > 0 ? 'bl-sum--due' : ''}`}>
        <Text className="bl-sum__label">待缴合计</Text>
        <Text className="bl-sum__amount t-bills-unpaid">{yuan(data?.unpaidFen ?? 0)}</Text>
        {data && data.unpaidFen > 0 ? (
          <>
            <Text className="bl-sum__hint">请到物业服务中心缴纳（线上缴费即将开通）</Text>
            {room?.servicePhone ? (
              <Button className="btn btn--primary btn--small call-btn t-bills-call" onClick={call}>
                ☎ 拨打物业服务中心 {room.servicePhone}
              </Button>
            ) : null}
          </>
        ) : (
          <Text className="bl-sum__hint">暂无待缴费用</Text>
        )}
      </View>

      {items.length > 0 ? (
        <View className="seg bl-seg">
          {(Object.keys(FILTER_LABELS) as Filter[]).map((f) => (
            <View
              key={f}
              className={`seg__item t-bills-filter-${f} ${filter === f ? 'seg__item--on' : ''}`}
              onClick={() => setFilter(f)}
            >
              {FILTER_LABELS[f]}
              {items.filter((b) => match(b, f)).length > 0 ? (
                <Text className="seg__count">{items.filter((b) => match(b, f)).length}</Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}

      {items.length === 0 ? (
        <Empty title="暂无缴费记录" desc="有偿维修等费用会显示在这里" icon="账" />
      ) : shown.length === 0 ? (
        <Empty title={filter === 'unpaid' ? '没有待缴的费用' : '暂无已缴记录'} icon="账" />
      ) : (
        shown.map((b) => <BillRow key={b.id} b={b} />)
      )}
    </View>
  );
}
