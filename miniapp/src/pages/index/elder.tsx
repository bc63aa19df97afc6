/** 长辈版 on 首页: the few big jobs as big buttons, and the offer to switch (a card, never a pop-up). */
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { formatYuan } from '@wy/shared';
import { ELDER_ENTRIES, modulesOf, openEntry, shownEntries } from '../../components/entries';
import { Tap } from '../../components/tap';
import type { HomeData } from './load';

/** 报修, 缴费, 投诉 (where the project has them) and 一键呼叫物业服务中心, one a row. */
export function ElderJobs(props: { home: HomeData }) {
  const h = props.home;
  const loggedIn = h.who === 'owner';
  const owed = h.owed && h.owed.unpaidFen > 0 ? h.owed.unpaidFen : 0;
  const phone = h.current?.servicePhone;
  const call = () => {
    if (!loggedIn) void Taro.navigateTo({ url: '/pkg-auth/login/index' });
    else if (!phone) void Taro.showToast({ title: '绑定房屋后可一键呼叫物业服务中心', icon: 'none' });
    // WeChat asks before it dials: no confirm of our own
    else void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };
  return (
    <View className="elder-jobs t-elder-jobs">
      {shownEntries(ELDER_ENTRIES, modulesOf(h.current)).map((e) => {
        const extra = e.key === 'fee' && owed ? `待缴 ${formatYuan(owed)}` : '';
        return (
          <Tap
            key={e.key}
            className={`elder-job t-elder-job t-elder-job-${e.key}`}
            hoverClass="elder-job--hover"
            label={extra ? `${e.label}，${extra}` : e.label}
            onTap={() => openEntry(e, loggedIn)}
          >
            <View className="elder-job__glyph" style={{ backgroundColor: e.color }}>
              {e.glyph}
            </View>
            <View className="elder-job__main">
              <Text className="elder-job__label">{e.label}</Text>
              {extra ? <Text className="elder-job__extra">{extra}</Text> : null}
            </View>
          </Tap>
        );
      })}
      <Tap
        className="elder-job elder-job--call t-elder-job t-elder-job-call"
        hoverClass="elder-job--hover"
        label="一键呼叫物业服务中心"
        onTap={call}
      >
        <View className="elder-job__glyph elder-job__glyph--call">☎</View>
        <View className="elder-job__main">
          <Text className="elder-job__label">一键呼叫物业服务中心</Text>
          {phone ? <Text className="elder-job__extra nowrap">{phone}</Text> : null}
        </View>
      </Tap>
    </View>
  );
}

/**
 * Offered on first entry, until the owner answers: 长辈版 on (it follows a large WeChat font) or off.
 */
export function ElderOffer(props: { on: boolean; onChoose: (on: boolean) => void }) {
  return (
    <View className="card elder-offer t-elder-offer">
      <Text className="elder-offer__title">{props.on ? '已为您打开长辈版' : '试试长辈版？'}</Text>
      <Text className="elder-offer__desc">
        {props.on ? '按您微信里的字号，字和按钮都已放大。' : '字更大、按钮更大，首页只留报修、缴费、投诉和一键呼叫。'}
        以后可在“我的”里切换。
      </Text>
      <View className="elder-offer__actions">
        <Button className="btn btn--primary t-elder-offer-yes" onClick={() => props.onChoose(true)}>
          {props.on ? '好的' : '打开长辈版'}
        </Button>
        <Button className="btn t-elder-offer-no" onClick={() => props.onChoose(false)}>
          {props.on ? '改回标准版' : '不用了'}
        </Button>
      </View>
    </View>
  );
}
