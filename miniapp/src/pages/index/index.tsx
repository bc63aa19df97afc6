/** 首页: room switcher and a call button, what is owed, the service tiles, and my latest open request. */
import { View } from '@tarojs/components';
import { LoginCard } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { HOME_ENTRIES, modulesOf } from '../../components/entries';
import { useElder } from '../../services/elder';
import { ServiceGrid } from '../../components/grid';
import { selectRoom } from '../../services/rooms';
import { ownerSignedIn } from '../../services/auth';
import type { MyRoom } from '../../services/models';
import {
  ActivityCard,
  ActivityPlace,
  BindCard,
  BillCard,
  BillPlace,
  HomeHeader,
  NoticePlace,
  NoticeStrip,
  ProgressCard,
  StaffCard,
} from './parts';
import { ElderJobs, ElderOffer } from './elder';
import {
  activitiesExpected,
  billExpected,
  loadHome,
  noticeExpected,
  showsActivities,
  showsBill,
  showsNotice,
  type HomeData,
} from './load';
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
      {/* a signed-in owner's first screen is drawn before its requests answer (its largest
          element was the last thing to appear): the tiles for every module, the offer, and the places
          of the urgent strip and the bill card held, so nothing above them moves when the answers come
          (长辈版's rows carry what is owed and the centre's number, so it waits as before) */}
      {!d && !page.error && !elder.on && ownerSignedIn() ? (
        <Body home={FIRST} elder={elder} first />
      ) : (
        <PageState page={page} rows={1}>
          {(h) => <Body home={h} elder={elder} />}
        </PageState>
      )}
    </View>
  );
}

/** What 首页 shows a signed-in owner before the answers come: no rooms known yet, every module. */
const FIRST: HomeData = {
  who: 'owner',
  rooms: [],
  current: null,
  bindings: [],
  repairs: [],
  owed: null,
  notices: [],
  activities: [],
};

function Body(props: { home: HomeData; elder: ReturnType<typeof useElder>; first?: boolean }) {
  const { home: h, elder, first } = props;
  const bind = !first && h.who === 'owner' && h.rooms.length === 0 ? <BindCard bindings={h.bindings} /> : null;
  const offer = elder.chosen ? null : <ElderOffer on={elder.on} onChoose={elder.set} />;
  // the urgent strip, or its place held while the answers come (as the last load found)
  let notice = null;
  if (first) notice = noticeExpected() ? <NoticePlace /> : null;
  else if (showsNotice(h)) notice = <NoticeStrip notices={h.notices} />;
  if (elder.on)
    return (
      <>
        {notice}
        {bind}
        <ElderJobs home={h} />
        {offer}
      </>
    );
  return (
    <>
      {notice}
      {bind}
      {first && billExpected() ? <BillPlace /> : null}
      {h.owed && showsBill(h) ? <BillCard owed={h.owed} /> : null}
      <View className="card home__grid">
        <ServiceGrid entries={HOME_ENTRIES} modules={modulesOf(h.current)} loggedIn={h.who === 'owner'} />
      </View>
      {offer}
      {!first && h.who === 'owner' ? <ProgressCard repairs={h.repairs} bindings={h.bindings} hasRoom={h.rooms.length > 0} /> : null}
      {/* 首页 ends with the activities; their place is held before the answers come, as the strip's is */}
      {first && activitiesExpected() ? <ActivityPlace /> : null}
      {!first && showsActivities(h) ? <ActivityCard activities={h.activities} /> : null}
    </>
  );
}
