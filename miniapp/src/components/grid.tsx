import { Text, View } from '@tarojs/components';
import type { OwnerModule } from '@wy/shared';
import { openEntry, shownEntries, type ServiceEntry } from './entries';
import { Tap } from './tap';
import './grid.css';

/** A grid of service tiles: only those of modules switched on (`modules`), each opening its page. */
export function ServiceGrid(props: { entries: ServiceEntry[]; modules: readonly OwnerModule[]; loggedIn: boolean }) {
  return (
    <View className="grid grid--4">
      {shownEntries(props.entries, props.modules).map((e) => (
        <Tap
          key={e.key}
          label={e.label}
          className={`grid__item t-entry t-entry-${e.key}`}
          hoverClass="grid__item--hover"
          onTap={() => openEntry(e, props.loggedIn)}
        >
          <View className="grid__glyph" style={{ backgroundColor: e.color }}>
            {e.glyph}
          </View>
          <Text className="grid__label">{e.label}</Text>
        </Tap>
      ))}
    </View>
  );
}
