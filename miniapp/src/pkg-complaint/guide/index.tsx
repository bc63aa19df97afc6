/**
 * 投诉指南 (R-CMP-20): where and how to complain, the flow, and the time limits the centre works to. A signed-in
 * owner with a room reads their project's own limits from the API (the durations its clocks run on); anyone
 * else reads the company's standard limits from shared — never retyped.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { ownerSignedIn } from '../../services/auth';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import { COMPLAINT_INVITATION, GUIDE_FLOW, GUIDE_LIMITS, GUIDE_WAYS } from '../words';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

interface Guide {
  invitation: string;
  ways: readonly string[];
  flow: readonly string[];
  limits: readonly string[];
}
const STANDARD: Guide = { invitation: COMPLAINT_INVITATION, ways: GUIDE_WAYS, flow: GUIDE_FLOW, limits: GUIDE_LIMITS };

async function load(): Promise<Guide> {
  if (!ownerSignedIn()) return STANDARD;
  const { current } = await loadMyRooms();
  if (!current) return STANDARD;
  return api.get('/me/complaints/guide', { query: { projectId: current.projectId }, silent: true });
}

export default function ComplaintGuide() {
  const elder = useElderClass();
  const page = usePage(load, { once: true });
  return (
    <View className={`page t-cmp-guide ${elder}`}>
      <PageState page={page} rows={4}>
        {(g) => (
          <>
            <View className="cp-invite">{g.invitation}</View>
            <View className="card">
              <Text className="cp-guide__h">在哪里投诉</Text>
              {g.ways.map((w) => (
                <Text key={w} className="cp-guide__p">
                  · {w}
                </Text>
              ))}
            </View>
            <View className="card">
              <Text className="cp-guide__h">处理流程</Text>
              <Text className="cp-guide__p">{g.flow.join(' → ')}</Text>
            </View>
            <View className="card">
              <Text className="cp-guide__h">处理时限</Text>
              {g.limits.map((w) => (
                <Text key={w} className="cp-guide__p t-guide-limit">
                  · {w}
                </Text>
              ))}
            </View>
          </>
        )}
      </PageState>
      <View className="btn btn--primary btn--block" {...tappable('我要投诉', () => Taro.navigateTo({ url: '/pkg-complaint/new/index' }))}>
        我要投诉
      </View>
    </View>
  );
}
