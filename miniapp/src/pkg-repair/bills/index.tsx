/**
 * 物业缴费: my bills across my rooms — what is owed on top (and where to pay it), then each bill with its
 * room, amount and status; a paid one opens its e-receipt (R-FEE-02).
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { useFilter } from '../../components/filter';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { CallCentreButton } from '../../components/call';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { Bill, MyBills, MyRoom } from '../../services/models';
import { shortTime, yuan } from '../../services/format';
import { BillStatusTag } from '../../srv-common/ui';
import '../../srv-common/srv.css';
import '../repair.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

type Filter = 'all' | 'unpaid' | 'paid';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', unpaid: '待缴', paid: '已缴' };

async function loadBills() {
  const [bills, rooms] = await Promise.all([api.get('/me/bills', { silent: true }), loadMyRooms()]);
  return { bills, rooms: rooms.rooms };
}

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
      <View className="bl-item__main" hoverClass="cell--hover" {...tappable('查看账单来源', openSource)}>
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
        <View className="fee__link t-bill-row-receipt" hoverClass="cell--hover" {...tappable('查看收据', openReceipt)}>
          <View className="fee__link-main">
            <Text>收据号 {b.receiptNo || '—'}</Text>
          </View>
          <Text>电子收据 ›</Text>
        </View>
      ) : null}
    </View>
  );
}

/** 待缴合计, and the centre to call: the project of the first bill owed, else of my first room. */
function Owed(props: { bills: MyBills; rooms: MyRoom[] }) {
  const { bills, rooms } = props;
  const firstOwed = bills.items.find((b) => b.status === 'unpaid');
  const room = rooms.find((r) => r.projectId === firstOwed?.projectId) ?? rooms[0];
  const due = bills.unpaidFen > 0;
  return (
    <View className={`card bl-sum t-bills-sum ${due ? 'bl-sum--due' : ''}`}>
      <Text className="bl-sum__label">待缴合计</Text>
      <Text className="bl-sum__amount t-bills-unpaid">{yuan(bills.unpaidFen)}</Text>
      {due ? (
        <>
          <Text className="bl-sum__hint">请到物业服务中心缴纳</Text>
          <CallCentreButton
            phone={room?.servicePhone}
            projectName={room?.projectName}
            showNumber
            className="btn--primary btn--small call-btn t-bills-call"
          />
        </>
      ) : (
        <Text className="bl-sum__hint">暂无待缴费用</Text>
      )}
    </View>
  );
}

function BillList(props: { items: Bill[] }) {
  const { bar, shown, filter } = useFilter(props.items, FILTER_LABELS, (b, f) => f === 'all' || b.status === f, 't-bills-filter');
  if (props.items.length === 0) return <Empty title="暂无缴费记录" desc="有偿维修等费用会显示在这里" icon="账" />;
  return (
    <>
      <View className="bl-seg">{bar}</View>
      {shown.length === 0 ? (
        <Empty title={filter === 'unpaid' ? '没有待缴的费用' : '暂无已缴记录'} icon="账" />
      ) : (
        shown.map((b) => <BillRow key={b.id} b={b} />)
      )}
    </>
  );
}

export default function MyBillsPage() {
  const elder = useElderClass();
  const page = usePage(loadBills, { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {({ bills, rooms }) => (
          <>
            <Owed bills={bills} rooms={rooms} />
            <BillList items={bills.items} />
          </>
        )}
      </PageState>
    </View>
  );
}
