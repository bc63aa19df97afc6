/** 投诉指南 (R-CMP-20): where and how to complain, the flow, and the time limits the centre works to. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { COMPLAINT_INVITATION, GUIDE_FLOW, GUIDE_LIMITS, GUIDE_WAYS } from '../words';
import '../complaint.css';

export default function ComplaintGuide() {
  return (
    <View className="page t-cmp-guide">
      <View className="cp-invite">{COMPLAINT_INVITATION}</View>
      <View className="card">
        <Text className="cp-guide__h">在哪里投诉</Text>
        {GUIDE_WAYS.map((w) => (
          <Text key={w} className="cp-guide__p">
            · {w}
          </Text>
        ))}
      </View>
      <View className="card">
        <Text className="cp-guide__h">处理流程</Text>
        <Text className="cp-guide__p">{GUIDE_FLOW.join(' → ')}</Text>
      </View>
      <View className="card">
        <Text className="cp-guide__h">处理时限</Text>
        {GUIDE_LIMITS.map((w) => (
          <Text key={w} className="cp-guide__p t-guide-limit">
            · {w}
          </Text>
        ))}
      </View>
      <View className="btn btn--primary btn--block" onClick={() => Taro.navigateTo({ url: '/pkg-complaint/new/index' })}>
        我要投诉
      </View>
    </View>
  );
}
