/** One of my suggestions or inquiries: what I wrote, the time the centre promised, its answer and the steps in my words. */
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
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该记录');
  return api.get('/me/enquiries/{id}', { path: { id }, silent: true });
}

export default function EnquiryDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => load(id), { guard: requireOwner });
  return (
    <PageState page={page} rows={4} notFound={{ title: '未找到该记录', desc: '该建议或咨询不是您提交的，或已不存在' }}>
      {(e) => (
        <View className={`page t-enq-detail ${elder}`}>
          <View className="card">
            <View className="cp-item__row">
              <Text className="cp-item__title">我的{e.typeLabel}</Text>
              <Text className="cp-tag t-enq-status">{e.statusLabel}</Text>
            </View>
            <Text className="cp-item__text">{e.content}</Text>
            <Text className="muted cp-meta">
              提交于 <Text className="nowrap">{fullTime(e.receivedAt)}</Text>
            </Text>
          </View>
          <View className="card">
            <Text className="cp-guide__h">服务中心的答复</Text>
            {e.replyText ? (
              <Text className="cp-item__text t-enq-reply">{e.replyText}</Text>
            ) : (
              <View className="cp-promise">
                <Text>答复您</Text>
                <WrapAtSpaces className="cp-promise__due" text={`${fullTime(e.agreedReplyAt)} 前`} />
              </View>
            )}
          </View>
          <View className="card">
            <Text className="cp-guide__h">处理进度</Text>
            {e.events.map((x, i) => (
              <View key={i} className="cp-step t-enq-step">
                <Text className="cp-step__label">{x.label}</Text>
                <Text className="cp-step__time">{fullTime(x.at)}</Text>
                {x.note ? <Text className="cp-step__note">{x.note}</Text> : null}
              </View>
            ))}
          </View>
          <View className="cp-invite">{COMPLAINT_INVITATION}</View>
        </View>
      )}
    </PageState>
  );
}
