/** 首页: room switcher and a call button, what is owed, the service tiles, and my latest open request. */
import { View } from '@tarojs/components';
import { LoginCard } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { HOME_ENTRIES, modulesOf } from '../../components/entries';
import { useElder } from '../../services/elder';
import { ServiceGrid } from '../../components/grid';
import { selectRoom } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { BindCard, BillCard, HomeHeader, ProgressCard, StaffCard } from './parts';
import { ElderJobs, ElderOffer } from './elder';
import { loadHome } from './load';
import './index.css';

export default function Home() {
  const page = usePage(loadHome);
  const elder = useElder();
  const d = page.data;
  const switchTo = (room: MyRoom) => {
    selectRoom(room);
    if (d) page.set({ ...d, current: room });
  };
  return (
    <View className={`page home ${elder.on ? 'elder' : ''}`}>
      <HomeHeader data={d} onSwitch={switchTo} />
      {d?.who === 'guest' ? <LoginCard /> : null}
      {d?.who === 'staff' ? <StaffCard /> : null}
      <PageState page={page} rows={1}>
        {(h) =>
          elder.on ? (
            <>
              {h.who === 'owner' && h.rooms.length === 0 ? <BindCard bindings={h.bindings} /> : null}
              <ElderJobs home={h} />
              {elder.chosen ? null : <ElderOffer on onChoose={elder.set} />}
            </>
          ) : (
            <>
              {h.who === 'owner' && h.rooms.length === 0 ? <BindCard bindings={h.bindings} /> : null}
              {h.owed && h.owed.unpaidFen > 0 && modulesOf(h.current).includes('fee') ? <BillCard owed={h.owed} /> : null}
              <View className="card home__grid">
                <ServiceGrid entries={HOME_ENTRIES} modules={modulesOf(h.current)} loggedIn={h.who === 'owner'} />
              </View>
              {elder.chosen ? null : <ElderOffer on={false} onChoose={elder.set} />}
              {h.who === 'owner' ? <ProgressCard repairs={h.repairs} bindings={h.bindings} hasRoom={h.rooms.length > 0} /> : null}
            </>
          )
        }
      </PageState>
    </View>
  );
}
