import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { SERVICE_GROUPS } from '../../components/entries';
import { ServiceGrid } from '../../components/grid';
import { session } from '../../services/session';
import './index.css';

export default function Services() {
  const [loggedIn, setLoggedIn] = useState(session.isLoggedIn());
  useDidShow(() => setLoggedIn(session.isLoggedIn()));

  return (
    <View className="page services">
      {SERVICE_GROUPS.map((g) => (
        <View key={g.title} className="card services__group">
          <Text className="services__title">{g.title}</Text>
          <ServiceGrid entries={g.entries} loggedIn={loggedIn} />
        </View>
      ))}
    </View>
  );
}
