/** One announcement: its kind, title, time in the project's zone and its text (plain text, by paragraph); opening it marks it read. */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api, ApiError } from '../../services/request';
import { noticeTime, paragraphs } from '../words';
import '../info.css';

async function load(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '公告不存在');
  const n = await api.get('/me/announcements/{id}', { path: { id }, silent: true });
  if (!n.read) void api.post('/me/announcements/{id}/read', { path: { id }, silent: true }).catch(() => undefined);
  return n;
}

export default function Notice() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => load(id), { guard: requireOwner });
  return (
    <PageState
      page={page}
      rows={5}
      notFound={{ title: '公告不存在或已过期', desc: '该公告已撤回、已过期，或不是发给您所在楼栋的' }}
    >
      {(n) => (
        <View className={`page t-notice-detail ${elder}`}>
          <View className="card">
            <View className="info-item__row">
              <Text className="info-tag">{n.kindLabel}</Text>
              {n.urgent ? <Text className="info-tag info-tag--urgent">紧急</Text> : null}
            </View>
            <Text className="info-detail__title t-notice-title">{n.title}</Text>
            <Text className="info-item__meta">
              {n.projectName} · {noticeTime(n)}
            </Text>
            {paragraphs(n.body).map((p, i) => (
              <Text key={i} className="info-detail__para t-notice-para">
                {p}
              </Text>
            ))}
          </View>
        </View>
      )}
    </PageState>
  );
}
