import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, ConfigProvider, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth';
import { errorText, login } from '../../services/client';
import { HOME } from '../../routes';
import { THEME } from '../../layouts/ConsoleProviders';
import styles from './login.module.css';

/** Demo accounts loaded by DEMO_SEED=1 (the README's table). Hidden when built with VITE_DEMO_LOGINS=0. */
const DEMO_LOGINS = [
  { username: 'admin', password: 'Admin@123', role: '公司总部（全部项目）' },
  { username: 'jingli', password: 'Jingli@123', role: '管理处经理' },
  { username: 'zhuguan', password: 'Zhuguan@123', role: '客服主管' },
  { username: 'kefu', password: 'Kefu@123', role: '客服管理员/前台' },
  { username: 'kefu2', password: 'Kefu2@123', role: '客服、客服助理' },
  { username: 'pinzhi', password: 'Pinzhi@123', role: '品质主管' },
  { username: 'gongcheng', password: 'Gongcheng@123', role: '工程主管' },
  { username: 'jigong', password: 'Jigong@123', role: '技工' },
  { username: 'caiwu', password: 'Caiwu@123', role: '财务/出纳' },
];
const SHOW_DEMO = import.meta.env.VITE_DEMO_LOGINS !== '0';

interface Values {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { me, signedIn, expired } = useAuth();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  if (me) return <Navigate to={from && from !== '/login' ? from : HOME} replace />;

  const onFinish = async (v: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      const pair = await login(v.username.trim(), v.password);
      if (pair.me.kind !== 'staff') {
        setError('该账号不是员工账号，请使用业主小程序登录');
        return;
      }
      signedIn(pair.me);
      navigate(from && from !== '/login' ? from : HOME, { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <ConfigProvider theme={THEME}>
      <div className={styles.page}>
        <div className={styles.box}>
          <div className={styles.brand}>
            <div className={styles.logo}>物</div>
            <div>
              <h1 className={styles.title}>物业客服中心</h1>
              <div className={styles.subtitle}>员工管理后台</div>
            </div>
          </div>
          {/* plain markup for the card and titles: antd's Card brings Tabs and menus, Typography tooltips */}
          <div className={styles.card}>
            {expired && !error && <Alert type="warning" showIcon message="登录已失效，请重新登录" style={{ marginBottom: 16 }} />}
            <Form<Values> form={form} size="large" onFinish={onFinish} autoComplete="on" data-testid="login-form">
              <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" data-testid="login-username" />
              </Form.Item>
              <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder="密码"
                  autoComplete="current-password"
                  data-testid="login-password"
                />
              </Form.Item>
              {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
              <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
                登录
              </Button>
            </Form>
          </div>
          {SHOW_DEMO && (
            <div className={`${styles.card} ${styles.demo}`}>
              <div className={styles.demoTitle}>演示账号（点击填入）</div>
              {/* a plain table: the login page stays light (no antd Table chunk) */}
              <table className={styles.demoTable} data-testid="demo-logins">
                <thead>
                  <tr>
                    <th>用户名</th>
                    <th>密码</th>
                    <th>身份</th>
                  </tr>
                </thead>
                <tbody>
                  {DEMO_LOGINS.map((r) => (
                    <tr
                      key={r.username}
                      onClick={() => form.setFieldsValue({ username: r.username, password: r.password })}
                      data-testid={`demo-login-${r.username}`}
                    >
                      <td data-latin-ok>{r.username}</td>
                      <td data-latin-ok>{r.password}</td>
                      <td>{r.role}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </ConfigProvider>
  );
}
