/** 我的建议与咨询: newest first, each with its status and the time the centre will answer by. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime, shortTime } from '../../services/format';
import { api } from '../../services/request';
import type { MyEnquiry } from '../types';
import '../../srv-common/srv.css';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const goNew = () => Taro.navigateTo({ url: '/pkg-complaint/suggest/index' });

function Item(props: { e: MyEnquiry }) {
  const e = props.e;
  const answered = e.statusLabel === '已答复';
  return (
    <View
      className="card t-enq-item"
      hoverClass="cell--hover"
      {...tappable(`查看${e.typeLabel} ${e.statusLabel}`, () => Taro.navigateTo({ url: `/pkg-complaint/enquiry/index?id=${e.id}` }))}
    >
      <View className="cp-item__row">
        <Text className="cp-item__title">{e.typeLabel}</Text>
        <Text className={`cp-tag ${answered ? 'cp-tag--done' : ''}`}>{e.statusLabel}</Text>
      </View>
      <Text className="cp-item__text">{e.content}</Text>
      <Text className="muted">
        提交于 <Text className="nowrap">{shortTime(e.receivedAt)}</Text>
        {answered ? null : (
          <>
            {' · '}答复：<Text className="nowrap">{fullTime(e.agreedReplyAt)}</Text> 前
          </>
        )}
      </Text>
    </View>
  );
}

export default function MyEnquiries() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/enquiries', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(items) =>
          items.length === 0 ? (
            <Empty
              className="t-enq-empty"
              title="暂无建议或咨询"
              desc="有想法或疑问，随时告诉我们"
              actionText="我要建议"
              onAction={goNew}
            />
          ) : (
            <>
              {items.map((e) => (
                <Item key={e.id} e={e} />
              ))}
              <View className="cp-btns">
                <View className="btn btn--ghost btn--block" {...tappable('我要建议 / 咨询', goNew)}>
                  我要建议 / 咨询
                </View>
              </View>
            </>
          )
        }
      </PageState>
    </View>
  );
}
