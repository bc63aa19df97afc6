import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { toast } from '../../services/request';
import type { RequestDetail } from '../../services/models';
import { shortTime } from '../../services/format';
import { askSubscribe, canSubscribe } from '../../services/subscribe';

/**
 * 报修已提交: the order number, when the centre will act, and the progress reminders — asked on the 提交 tap
 * before the request was filed; an owner who declined can still turn them on here (inside this tap).
 */
export function Done(props: { detail: RequestDetail; reminders: number | null }) {
  const d = props.detail;
  const [asked, setAsked] = useState<null | number>(props.reminders);
  const subscribe = async () => {
    const accepted = await askSubscribe();
    setAsked(accepted.length);
    if (accepted.length > 0) toast('已开启进度提醒');
  };
  const view = () => Taro.redirectTo({ url: `/pkg-repair/detail/index?id=${d.id}` });
  return (
    <View className="page t-repair-done">
      <View className="rp-done">
        <View className="rp-done__icon">✓</View>
        <Text className="rp-done__title">报修已提交</Text>
        <Text className="rp-done__desc">工单号 {d.code}</Text>
        <Text className="rp-done__desc">
          {d.promisedAt ? `物业服务中心将在 ${shortTime(d.promisedAt)} 前处理` : '物业服务中心将尽快受理并派单'}
        </Text>
      </View>
      {asked !== null && asked > 0 ? (
        <Text className="muted rp-sub__on t-repair-reminders-on">已开启进度提醒：受理、派单、完工时微信通知您</Text>
      ) : null}
      {canSubscribe() && !asked ? (
        <View className="card rp-sub">
          <Text className="rp-sub__title">接收进度提醒</Text>
          <Text className="rp-sub__desc">受理、派单、完工时通过微信通知您，无需来回打电话询问</Text>
          <Button className="btn btn--primary t-repair-subscribe" onClick={subscribe}>
            开启提醒
          </Button>
        </View>
      ) : null}
      <View className="rp-btns">
        <Button className="btn btn--primary btn--block t-repair-view" onClick={view}>
          查看进度
        </Button>
        <Button className="btn btn--block t-repair-home" onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}
