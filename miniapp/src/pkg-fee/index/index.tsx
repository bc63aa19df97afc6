/**
 * 物业缴费 (R-PAY-01): the bills I owe, room by room and oldest month first, each with its item, month,
 * amount and today's late fee with the contract rule behind it (R-FEE-05). I pick bills of one 小区 and pay:
 * in WeChat with the server-signed parameters, in a phone browser through the WeChat Pay cashier page.
 * Whatever the phone says afterwards, the result page asks the server for the verdict. The one bills page of
 * the app: a paid repair's 去支付 opens it with ?billId= to pick just that bill.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { MAX_BILLS_PER_ORDER } from '@wy/shared';
import { Empty, WholeNumbers } from '../../components/ui';
import { a11yTap, Tap } from '../../components/tap';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api, toast } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { Bill } from '../../services/models';
import { yuan } from '../../services/format';
import { AdjustmentNotes } from '../../srv-common/adjustments';
import { BillStatusTag } from '../../srv-common/ui';
import { payOnline } from '../pay';
import '../../srv-common/srv.css';
import '../fee.css';
import { useElder } from '../../services/elder';

async function loadOwed() {
  const [bills, rooms] = await Promise.all([api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }), loadMyRooms()]);
  return { bills: bills.items, unpaidFen: bills.unpaidFen, rooms: rooms.rooms };
}

/** Bills grouped by room (in the order of my rooms), oldest month first within a room. */
function byRoom(bills: Bill[]): { roomId: number; roomLabel: string; bills: Bill[] }[] {
  const groups = new Map<number, { roomId: number; roomLabel: string; bills: Bill[] }>();
  for (const b of bills) {
    const g = groups.get(b.roomId) ?? { roomId: b.roomId, roomLabel: b.roomLabel, bills: [] };
    g.bills.push(b);
    groups.set(b.roomId, g);
  }
  const key = (b: Bill) => `${b.period ?? ''}|${b.createdAt}`;
  return [...groups.values()].map((g) => ({ ...g, bills: g.bills.sort((a, b) => key(a).localeCompare(key(b))) }));
}

function BillLine(props: { b: Bill; on: boolean; enabled: boolean; onToggle: () => void }) {
  const { b, on, enabled } = props;
  return (
    <View
      className={`card fe-bill t-fee-bill t-fee-bill-${b.id} ${enabled ? '' : 'fe-bill--off'}`}
      hoverClass="cell--hover"
      onClick={props.onToggle}
      {...a11yTap(`${b.title} ${yuan(b.totalFen)}`, props.onToggle, on)}
    >
      <View className={`fe-check ${on ? 'fe-check--on t-fee-bill-on' : ''}`}>{on ? '✓' : ''}</View>
      <View className="fe-bill__main">
        <View className="fe-bill__row">
          <WholeNumbers className="fe-bill__title" text={b.title} />
          <BillStatusTag status={b.status} />
        </View>
        <Text className="fe-bill__sub">
          {b.period ? `账期 ${b.period.replace('-', '年')}月` : '一次性收费'}
          {b.dueOn ? ` · ${b.dueOn} 前缴清` : ''}
        </Text>
        <AdjustmentNotes amountFen={b.amountFen} adjustments={b.adjustments} />
        <View className="fe-bill__row">
          <Text className="fe-bill__sub">应缴 {yuan(b.principalFen)}</Text>
          <Text className="fe-bill__amount t-fee-bill-total">{yuan(b.totalFen)}</Text>
        </View>
        {b.lateFeeFen > 0 ? (
          <>
            <Text className="fe-bill__late t-fee-bill-late">
              含违约金 {yuan(b.lateFeeFen)}（已逾期 {b.lateDays} 天）
            </Text>
            <Text className="fe-bill__rule">{b.lateFeeRule}</Text>
          </>
        ) : null}
      </View>
    </View>
  );
}

function Links() {
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <View className="fe-links">
      <Tap
        className="fe-links__item t-fee-history"
        hoverClass="cell--hover"
        label="缴费记录与收据"
        onTap={go('/pkg-fee/history/index')}
      >
        缴费记录与收据 ›
      </Tap>
      <Tap
        className="fe-links__item t-fee-invoices"
        hoverClass="cell--hover"
        label="开票申请"
        onTap={go('/pkg-fee/invoices/index')}
      >
        开票申请 ›
      </Tap>
      <Tap
        className="fe-links__item t-fee-standards"
        hoverClass="cell--hover"
        label="收费标准"
        onTap={go('/pkg-fee/standards/index')}
      >
        收费标准 ›
      </Tap>
    </View>
  );
}

function Owed(props: { bills: Bill[]; unpaidFen: number; billId: number | null }) {
  const groups = useMemo(() => byRoom(props.bills), [props.bills]);
  // one 小区 per order: the first bill's project is picked at first, all its bills chosen (or only the
  // bill the page was opened for)
  const [picked, setPicked] = useState<number[]>([]);
  const [paying, setPaying] = useState(false);
  useEffect(() => {
    if (props.billId !== null && props.bills.some((b) => b.id === props.billId)) return setPicked([props.billId]);
    const first = props.bills[0];
    setPicked(
      first
        ? props.bills
            .filter((b) => b.projectId === first.projectId)
            .slice(0, MAX_BILLS_PER_ORDER)
            .map((b) => b.id)
        : [],
    );
  }, [props.bills, props.billId]);
  const chosen = props.bills.filter((b) => picked.includes(b.id));
  const projectId = chosen[0]?.projectId ?? null;
  const total = chosen.reduce((a, b) => a + b.totalFen, 0);

  const toggle = (b: Bill) => {
    if (picked.includes(b.id)) return setPicked(picked.filter((id) => id !== b.id));
    if (projectId !== null && b.projectId !== projectId) return toast('一次只能缴同一个小区的费用');
    if (picked.length >= MAX_BILLS_PER_ORDER) return toast(`一次最多缴 ${MAX_BILLS_PER_ORDER} 笔`);
    setPicked([...picked, b.id]);
  };
  const pay = async () => {
    if (!chosen.length || paying) return;
    setPaying(true);
    try {
      await payOnline(chosen.map((b) => b.id));
    } finally {
      setPaying(false);
    }
  };

  if (props.bills.length === 0)
    return (
      <>
        <Empty title="暂无待缴费用" desc="物业费等账单出账后会显示在这里" icon="缴" className="t-fee-empty" />
        <Links />
      </>
    );
  return (
    <>
      <View className="card fe-sum t-fee-sum">
        <Text className="fe-sum__label">待缴合计（含违约金）</Text>
        <Text className="fe-sum__amount t-fee-unpaid">{yuan(props.unpaidFen)}</Text>
        <Text className="fe-sum__hint">勾选要缴的账单，用微信支付；缴费成功后可查看电子收据</Text>
      </View>
      <Links />
      {groups.map((g) => (
        <View key={g.roomId} className="t-fee-room">
          <Text className="fe-room">{g.roomLabel}</Text>
          {g.bills.map((b) => (
            <BillLine
              key={b.id}
              b={b}
              on={picked.includes(b.id)}
              enabled={projectId === null || b.projectId === projectId}
              onToggle={() => toggle(b)}
            />
          ))}
        </View>
      ))}
      <View className="actbar-space" />
      <View className="actbar fe-bar">
        <View className="fe-bar__sum">
          <Text className="fe-bar__total t-fee-pay-total">{yuan(total)}</Text>
          <Text className="fe-bar__count">已选 {chosen.length} 笔</Text>
        </View>
        <Button
          className={`btn btn--primary t-fee-pay ${!chosen.length || paying ? 'btn--disabled' : ''}`}
          disabled={!chosen.length || paying}
          loading={paying}
          onClick={() => void pay()}
        >
          微信支付
        </Button>
      </View>
    </>
  );
}

export default function FeeIndexPage() {
  const asked = Number(useRouter().params.billId);
  const billId = Number.isInteger(asked) && asked > 0 ? asked : null;
  const page = usePage(loadOwed, { guard: requireOwner });
  const elder = useElder();
  return (
    <View className={`page ${elder.on ? 'elder' : ''}`}>
      <PageState page={page}>{(d) => <Owed bills={d.bills} unpaidFen={d.unpaidFen} billId={billId} />}</PageState>
    </View>
  );
}
