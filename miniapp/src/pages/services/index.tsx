/** 服务: every service switched on for my room's project, grouped. */
import { Text, View } from '@tarojs/components';
// ui.css (through the page hook) before grid.css, in the order 首页 loads them (one CSS order for the weapp build)
import { PageState, usePage } from '../../components/page';
import { SERVICE_GROUPS, modulesOf, shownEntries } from '../../components/entries';
import { ServiceGrid } from '../../components/grid';
import { ownerSignedIn } from '../../services/auth';
import { loadMyRooms } from '../../services/rooms';
import { api } from '../../services/request';
import type { OwnerModule } from '@wy/shared';

import './index.css';

/** 入伙办理 shows only to an owner with a move-in notice (a room of theirs in a published batch). */
const withoutMoveIn = (modules: readonly OwnerModule[]) => modules.filter((m) => m !== 'movein');

async function loadModules() {
  if (!ownerSignedIn()) return { loggedIn: false, modules: withoutMoveIn(modulesOf(null)) };
  const [rooms, moveIns] = await Promise.all([loadMyRooms(), api.get('/me/move-ins', { silent: true }).catch(() => [])]);
  const modules = modulesOf(rooms.current);
  return { loggedIn: true, modules: moveIns.length ? modules : withoutMoveIn(modules) };
}

export default function Services() {
  const page = usePage(loadModules);
  return (
    <View className="page services">
      <PageState page={page} rows={2}>
        {({ loggedIn, modules }) =>
          SERVICE_GROUPS.filter((g) => shownEntries(g.entries, modules).length > 0).map((g) => (
            <View key={g.title} className="card services__group">
              <Text className="services__title">{g.title}</Text>
              <ServiceGrid entries={g.entries} modules={modules} loggedIn={loggedIn} />
            </View>
          ))
        }
      </PageState>
    </View>
  );
}
