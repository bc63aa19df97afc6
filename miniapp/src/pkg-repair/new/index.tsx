/**
 * File a repair in one form (UX "2 screens"): category grid split 户内 / 公区 with the published price of a
 * paid item (R-REP-02), description, photos, a half-day appointment (R-REP-01); room, name and phone come
 * from the binding. Then a success screen asking for subscribe-message consent inside the tap.
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { RequestDetail } from '../../services/models';
import { Done } from './done';
import { RepairForm } from './form';
import '../../srv-common/srv.css';
import '../repair.css';
import { useElder } from '../../services/elder';

async function loadForm() {
  const { rooms, current } = await loadMyRooms();
  const cats = current
    ? await api.get('/directory/projects/{id}/repair-categories', { path: { id: current.projectId }, silent: true })
    : [];
  return { rooms, current, cats };
}

export default function NewRepair() {
  // once: what the owner typed survives a trip to the photo picker
  const page = usePage(loadForm, { guard: requireOwner, once: true });
  const elder = useElder();
  const [done, setDone] = useState<{ detail: RequestDetail; reminders: number | null } | null>(null);
  if (done) return <Done detail={done.detail} reminders={done.reminders} />;
  return (
    <View className={`page rp-new ${elder.on ? 'elder' : ''}`}>
      <PageState page={page} rows={4}>
        {(f) =>
          f.current ? (
            <RepairForm
              rooms={f.rooms}
              room={f.current}
              cats={f.cats}
              onFiled={(detail, reminders) => setDone({ detail, reminders })}
            />
          ) : (
            <Empty
              title="绑定房屋后即可在线报修"
              desc="也可以直接致电物业服务中心"
              actionText="去绑定房屋"
              onAction={() => Taro.redirectTo({ url: '/pkg-auth/bind/index' })}
            />
          )
        }
      </PageState>
    </View>
  );
}
