/**
 * One of my complaints: its status, the times the centre promised me (reply, handling, callback) and
 * whether each was kept, and the progress in my words — never the internal grading, code or notes.
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { WrapAtSpaces } from '../../components/ui';
import { requireOwner } from '../../services/auth';
import { fullTime } from '../../services/format';
import { api, ApiError } from '../../services/request';
import { COMPLAINT_INVITATION } from '../words';
import '../../srv-common/srv.css';
import '../complaint.css';
import { useElderClass } from '../../services/elder';

async function load(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该投诉');
  return api.get('/me/complaints/{id}', { path: { id }, silent: true });
}

export default function ComplaintDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => load(id), { guard: requireOwner });
  return (
    <PageState page={page} rows={4} notFound={{ title: '未找到该投诉', desc: '该投诉不是您提交的，或已不存在' }}>
      {(c) => (
        <View className={`page t-cmp-detail ${elder}`}>
          <View className="card">
            <View className="cp-item__row">
              <Text className="cp-item__title">我的投诉</Text>
              <Text className="cp-tag t-cmp-status">{c.statusLabel}</Text>
            </View>
            <Text className="cp-item__text">{c.problem}</Text>
            {c.asks ? <Text className="muted cp-meta">我的要求：{c.asks}</Text> : null}
            <Text className="muted cp-meta">
              提交于 <Text className="nowrap">{fullTime(c.receivedAt)}</Text>
            </Text>
          </View>
          {c.joinCode ? (
            <View className="card t-cmp-joincode">
              <Text className="cp-guide__h">邀请邻居联名</Text>
              <Text className="cp-item__text">
                邻居遇到同样的问题，可在「我要投诉」中选择加入联名，输入联名码{' '}
                {/* data a neighbour types in: a random code that can be letters only, not an English word */}
                <Text className="strong nowrap" data-latin-ok>
                  {c.joinCode}
                </Text>
              </Text>
              {c.jointCount > 1 ? <Text className="muted">已有 {c.jointCount} 人联名</Text> : null}
            </View>
          ) : c.jointCount > 1 ? (
            <View className="card">
              <Text className="muted">共 {c.jointCount} 人联名投诉</Text>
            </View>
          ) : null}
          <View className="card">
            <Text className="cp-guide__h">服务中心的承诺</Text>
            <View className="cp-promise">
              <Text>答复您</Text>
              <WrapAtSpaces className="cp-promise__due" text={`${fullTime(c.promisedAt)} 前`} />
            </View>
            {c.promises.map((p) => (
              <View key={p.label + p.dueAt} className={`cp-promise t-cmp-promise ${p.done ? 'cp-promise--done' : ''}`}>
                <Text>{p.label}</Text>
                <WrapAtSpaces className="cp-promise__due" text={p.done ? '已完成' : `${fullTime(p.dueAt)} 前`} />
              </View>
            ))}
          </View>
          <View className="card">
            <Text className="cp-guide__h">处理进度</Text>
            {c.events.map((e, i) => (
              <View key={i} className="cp-step t-cmp-step">
                <Text className="cp-step__label">{e.label}</Text>
                <Text className="cp-step__time">{fullTime(e.at)}</Text>
                {e.note ? <Text className="cp-step__note">{e.note}</Text> : null}
              </View>
            ))}
          </View>
          <View className="cp-invite">{COMPLAINT_INVITATION}</View>
        </View>
      )}
    </PageState>
  );
}
