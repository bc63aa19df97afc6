/** The room a complaint, suggestion or inquiry is about: from the binding, switched with an action sheet when I hold several. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { roomLabel } from '../services/rooms';
import type { MyRoom } from '../services/models';
import { tappable } from '../components/tap';

export function RoomBlock(props: { rooms: MyRoom[]; room: MyRoom; onChange: (r: MyRoom) => void }) {
  const switchRoom = async () => {
    if (props.rooms.length < 2) return;
    const shown = props.rooms.slice(0, 6);
    try {
      const r = shown[(await Taro.showActionSheet({ itemList: shown.map((x) => roomLabel(x)) })).tapIndex];
      if (r) props.onChange(r);
    } catch {
      // cancelled
    }
  };
  return (
    <View className="form-block" {...tappable('切换房屋', switchRoom)}>
      <View className="form-block__title">
        <Text>房屋</Text>
        <Text className="form-block__hint">{props.rooms.length > 1 ? '点击切换' : ''}</Text>
      </View>
      <Text>{roomLabel(props.room)}</Text>
    </View>
  );
}
