import { Text, View } from '@tarojs/components';
import { openEntry, type ServiceEntry } from './entries';
import './grid.css';

export function ServiceGrid(props: { entries: ServiceEntry[]; loggedIn: boolean; columns?: 4 | 5 }) {
  return (
    <View className={`grid grid--${props.columns ?? 4}`}>
      {props.entries.map((e) => (
        <View
          key={e.key}
          className={`grid__item t-entry t-entry-${e.key}`}
          hoverClass="grid__item--hover"
          onClick={() => openEntry(e, props.loggedIn)}
        >
          <View className="grid__glyph" style={{ backgroundColor: e.color }}>
            {e.glyph}
          </View>
          <Text className="grid__label">{e.label}</Text>
        </View>
      ))}
    </View>
  );
}
