/** 我的: who I am, my rooms, members, vehicles and bills, my binding requests, the staff entry, sign-out. */
import { View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { LoginCard } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { logout } from '../../services/auth';
import { useElder } from '../../services/elder';
import { BindingRequests, ElderCell, MeHead, MyMenu, PrivacyCell, StaffCell } from './parts';
import { loadMe } from './load';
import './index.css';

export default function MePage() {
  const page = usePage(loadMe);
  const elder = useElder();
  const elderCell = <ElderCell on={elder.on} onChange={elder.set} />;
  const signOut = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出当前账号吗？', confirmText: '退出' });
    if (!confirm) return;
    await logout();
    void Taro.showToast({ title: '已退出登录', icon: 'none' });
    await page.reload();
  };
  const logoutButton = (
    <View className="pad">
      <Button className="btn btn--block me__logout t-logout" onClick={signOut}>
        退出登录
      </Button>
    </View>
  );
  return (
    <View className={`page me ${elder.on ? 'elder' : ''}`}>
      <MeHead data={page.data} />
      <PageState page={page} rows={2}>
        {(d) =>
          d.kind === 'guest' ? (
            <>
              <LoginCard />
              <View className="card card--flush me__menu">
                {elderCell}
                <StaffCell />
              </View>
            </>
          ) : d.kind === 'staff' ? (
            <>
              <View className="card card--flush me__menu">
                <StaffCell />
              </View>
              {logoutButton}
            </>
          ) : (
            <>
              <MyMenu d={d} />
              <BindingRequests bindings={d.bindings} />
              <View className="card card--flush me__menu">
                {elderCell}
                <StaffCell />
                <PrivacyCell />
              </View>
              {logoutButton}
            </>
          )
        }
      </PageState>
    </View>
  );
}
