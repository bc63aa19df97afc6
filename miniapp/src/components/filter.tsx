import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { tappable } from './tap';

/**
 * Filter chips over a list (全部 / 进行中 / …) with how many items each holds: `bar` to show, `shown` the
 * items of the chosen filter. The first label is the default.
 */
export function useFilter<F extends string, I>(
  items: I[],
  labels: Record<F, string>,
  match: (item: I, filter: F) => boolean,
  testPrefix = 't-filter',
): { filter: F; setFilter: (f: F) => void; shown: I[]; bar: ReactNode } {
  const keys = Object.keys(labels) as F[];
  const [filter, setFilter] = useState<F>(keys[0]!);
  const bar = (
    <View className="seg">
      {keys.map((k) => {
        const n = items.filter((i) => match(i, k)).length;
        return (
          <View
            key={k}
            className={`seg__item ${testPrefix}-${k} ${k === filter ? 'seg__item--on' : ''}`}
            {...tappable(labels[k], () => setFilter(k), { pressed: k === filter })}
          >
            {labels[k]}
            {n > 0 ? <Text className="seg__count">{n}</Text> : null}
          </View>
        );
      })}
    </View>
  );
  return { filter, setFilter, shown: items.filter((i) => match(i, filter)), bar };
}
