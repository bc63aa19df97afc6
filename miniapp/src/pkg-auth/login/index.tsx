/**
 * Owner login. weapp: silent wx.login for a returning owner, else the getPhoneNumber button.
 * H5: phone + SMS code with a 60 s resend countdown.
 */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro, { useLoad } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { isMobilePhone } from '@wy/shared';
import { sendSmsCode, smsLogin, wechatLogin, wechatSilentLogin } from '../../services/auth';
import { toast } from '../../services/request';
import './index.css';
import { tappable } from '../../components/tap';

const RESEND_SECONDS = 60;

function done(): void {
  void Taro.showToast({ title: '登录成功', icon: 'success' });
  setTimeout(() => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.switchTab({ url: '/pages/index/index' });
  }, 600);
}

function Agreement(props: { agreed: boolean; onToggle: () => void }) {
  return (
    <View className="login__agree t-agree" {...tappable('我已阅读并同意用户服务协议和隐私政策', props.onToggle, { checked: props.agreed })}>
      <View className={`login__check ${props.agreed ? 'login__check--on' : ''}`}>{props.agreed ? '✓' : ''}</View>
      <Text className="login__agree-text">
        我已阅读并同意<Text className="login__link">《用户服务协议》</Text>和<Text className="login__link">《隐私政策》</Text>
      </Text>
    </View>
  );
}

function SmsLogin() {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [left, setLeft] = useState(0);
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [codeFocus, setCodeFocus] = useState(false);

  useEffect(() => {
    if (left <= 0) return undefined;
    const t = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(t);
  }, [left]);

  const send = async () => {
    if (left > 0 || sending) return;
    if (!isMobilePhone(phone)) return toast('请输入正确的 11 位手机号');
    setSending(true);
    try {
      await sendSmsCode(phone);
      setLeft(RESEND_SECONDS);
      setCodeFocus(true);
      toast('验证码已发送');
    } catch {
      // toast shown by the wrapper
    } finally {
      setSending(false);
    }
  };

  const submit = async () => {
    if (busy) return;
    if (!isMobilePhone(phone)) return toast('请输入正确的 11 位手机号');
    if (!/^\d{4,8}$/.test(code)) return toast('请输入短信验证码');
    if (!agreed) return toast('请先阅读并同意用户服务协议和隐私政策');
    setBusy(true);
    try {
      await smsLogin(phone, code);
      done();
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  const sendLabel = sending ? '发送中…' : left > 0 ? `重新发送(${left}s)` : '获取验证码';
  return (
    <View className="login__form">
      <View className="field">
        <Text className="login__prefix">+86</Text>
        <Input
          className="field__input t-phone"
          type="number"
          maxlength={11}
          placeholder="请输入手机号"
          value={phone}
          onInput={(e) => setPhone(e.detail.value.replace(/\D/g, ''))}
        />
      </View>
      <View className="field">
        <Input
          className="field__input t-code"
          type="number"
          maxlength={6}
          placeholder="短信验证码"
          value={code}
          focus={codeFocus}
          onBlur={() => setCodeFocus(false)}
          onInput={(e) => setCode(e.detail.value.replace(/\D/g, ''))}
        />
        <View
          className={`login__send t-sms-send ${left > 0 || sending ? 'login__send--off' : ''}`}
          hoverClass="login__send--hover"
          {...tappable(sendLabel, send)}
        >
          {sendLabel}
        </View>
      </View>
      <Button className={`btn btn--primary btn--block login__submit t-login ${busy ? 'btn--disabled' : ''}`} onClick={submit}>
        {busy ? '登录中…' : '登录'}
      </Button>
      <Agreement agreed={agreed} onToggle={() => setAgreed((a) => !a)} />
      <Text className="login__tip">未注册的手机号验证后将自动创建账号</Text>
    </View>
  );
}

function WechatLogin() {
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);

  useLoad(() => {
    // A returning owner (this device logged in with WeChat before) is recognised by openid alone;
    // anyone else uses the phone button below.
    void wechatSilentLogin().then((ok) => ok && done());
  });

  const onPhone = async (e: { detail: { code?: string; errMsg?: string } }) => {
    if (!e.detail.code) return toast('需要授权手机号才能登录');
    setBusy(true);
    try {
      await wechatLogin(e.detail.code);
      done();
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="login__form">
      {agreed ? (
        <Button
          className="btn btn--primary btn--block login__submit t-wx-phone"
          openType="getPhoneNumber"
          onGetPhoneNumber={onPhone}
          loading={busy}
        >
          手机号快捷登录
        </Button>
      ) : (
        <Button
          className="btn btn--primary btn--block login__submit t-wx-phone"
          onClick={() => toast('请先阅读并同意用户服务协议和隐私政策')}
        >
          手机号快捷登录
        </Button>
      )}
      <Agreement agreed={agreed} onToggle={() => setAgreed((a) => !a)} />
      <Text className="login__tip">使用微信绑定的手机号登录，物业将据此核对您的房屋信息</Text>
    </View>
  );
}

export default function Login() {
  return (
    <View className="page login">
      <View className="login__brand">
        <View className="login__logo">物</View>
        <Text className="login__title">物业服务</Text>
        <Text className="login__sub">报修、缴费、办事，一个入口</Text>
      </View>
      {process.env.TARO_ENV === 'h5' ? <SmsLogin /> : <WechatLogin />}
    </View>
  );
}
