/** Technician sign-in on the phone (H5 and weapp): username + password → POST /auth/staff/login. */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { toast } from '../../services/request';
import { session } from '../../services/session';
import { STAFF_HOME, staffLogin } from '../staff';
import '../staff.css';

export default function StaffLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const owner = session.isLoggedIn() && session.me?.kind === 'owner';

  const submit = async () => {
    if (busy) return;
    if (!username.trim()) return toast('请输入用户名');
    if (!password) return toast('请输入密码');
    setBusy(true);
    try {
      await staffLogin(username.trim(), password);
      void Taro.showToast({ title: '登录成功', icon: 'success' });
      setTimeout(() => void Taro.redirectTo({ url: STAFF_HOME }), 400);
    } catch (e) {
      if (e instanceof Error && e.message === 'not staff') toast('该账号不是物业员工账号');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="page sl">
      <View className="sl__brand">
        <View className="sl__logo">工</View>
        <Text className="sl__title">物业员工登录</Text>
        <Text className="sl__sub">维修师傅接单、处理工单</Text>
      </View>
      <View className="sl__form">
        <View className="field">
          <Input
            className="field__input t-staff-username"
            placeholder="用户名"
            maxlength={50}
            value={username}
            onInput={(e) => setUsername(e.detail.value)}
          />
        </View>
        <View className="field">
          <Input
            className="field__input t-staff-password"
            placeholder="密码"
            password
            maxlength={64}
            value={password}
            onInput={(e) => setPassword(e.detail.value)}
            onConfirm={submit}
          />
        </View>
        <Button
          className={`btn btn--primary btn--block sl__submit t-staff-login ${busy ? 'btn--disabled' : ''}`}
          loading={busy}
          onClick={submit}
        >
          登录
        </Button>
        {owner ? (
          <Text className="muted" style={{ display: 'block', marginTop: '16px' }}>
            登录员工账号后，本机的业主登录将退出
          </Text>
        ) : null}
      </View>
    </View>
  );
}
