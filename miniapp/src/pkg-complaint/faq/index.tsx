/**
 * 常见问题 (答客问, R-FAQ-03): the answers of my project's service centre by category, searchable; each
 * shows when the centre last checked it. Not there? 我要咨询 is one tap away.
 */
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { FAQ_CATEGORIES, FAQ_CATEGORY_LABELS, type FaqCategory } from '@wy/shared';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime } from '../../services/format';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { FaqItem } from '../types';
import '../../srv-common/srv.css';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const ask = () => Taro.navigateTo({ url: '/pkg-complaint/suggest/index?type=inquiry' });
/** R-CMP-20 where and how to complain, the flow and the time limits: one tap from the FAQ too */
const guide = () => Taro.navigateTo({ url: '/pkg-complaint/guide/index' });

function Entry(props: { x: FaqItem }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="card t-faq-item" {...tappable(props.x.question, () => setOpen(!open), { expanded: open })}>
      <View className="cp-item__row">
        <Text className="cp-item__title">{props.x.question}</Text>
        <Text className="muted">{open ? '收起' : '展开'}</Text>
      </View>
      {open ? (
        <>
          <Text className="cp-item__text t-faq-answer">{props.x.answer}</Text>
          <Text className="muted">
            {props.x.categoryLabel} · 核对于 <Text className="nowrap">{fullTime(props.x.reviewedAt).slice(0, 10)}</Text>
          </Text>
        </>
      ) : null}
    </View>
  );
}

export default function Faq() {
  const elder = useElderClass();
  const [category, setCategory] = useState<FaqCategory | ''>('');
  const [keyword, setKeyword] = useState('');
  const [typed, setTyped] = useState('');
  const page = usePage(
    async () => {
      const { current } = await loadMyRooms();
      if (!current) return { bound: false as const, items: [] as FaqItem[] };
      const items = await api.get('/me/faq', {
        query: { projectId: current.projectId, ...(category ? { category } : {}), ...(keyword ? { keyword } : {}) },
        silent: true,
      });
      return { bound: true as const, items };
    },
    { guard: requireOwner },
  );
  // a changed filter loads again (the first show loads through the page hook)
  const filter = `${category}|${keyword}`;
  const shown = useRef(filter);
  useEffect(() => {
    if (shown.current === filter) return;
    shown.current = filter;
    void page.reload();
  }, [filter, page]);
  return (
    <View className={`page t-faq ${elder}`}>
      <View className="form-block">
        <Input
          className="field__input t-faq-search"
          placeholder="搜索问题，如：停车、物业费"
          confirmType="search"
          value={typed}
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setKeyword(typed.trim())}
        />
      </View>
      <View className="chips cp-faq-chips">
        {(['', ...FAQ_CATEGORIES] as const).map((c) => (
          <View key={c || 'all'} className={`chip t-faq-cat ${c === category ? 'chip--on' : ''}`} {...tappable(c || '全部', () => setCategory(c), { pressed: c === category })}>
            {c ? FAQ_CATEGORY_LABELS[c] : '全部'}
          </View>
        ))}
      </View>
      <PageState page={page} rows={4}>
        {(f) =>
          !f.bound ? (
            <Empty
              title="绑定房屋后即可查看"
              desc="常见问题按您所在的项目提供"
              actionText="去绑定房屋"
              onAction={() => Taro.navigateTo({ url: '/pkg-auth/bind/index' })}
            />
          ) : f.items.length === 0 ? (
            <Empty
              className="t-faq-empty"
              title="没有找到相关问题"
              desc="可以直接向服务中心咨询"
              actionText="我要咨询"
              onAction={ask}
            />
          ) : (
            <>
              {f.items.map((x) => (
                <Entry key={x.id} x={x} />
              ))}
              <View className="cp-btns">
                <View className="btn btn--ghost btn--block" {...tappable('没有找到？我要咨询', ask)}>
                  没有找到？我要咨询
                </View>
              </View>
            </>
          )
        }
      </PageState>
      <View className="cp-guide-link t-faq-guide" {...tappable('查看投诉指南', guide)}>
        <Text>如何投诉？查看投诉指南（流程与处理时限）</Text>
        <Text className="muted">›</Text>
      </View>
    </View>
  );
}
