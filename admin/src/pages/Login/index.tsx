import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth';
import { errorText, login } from '../../services/api';
import { HOME } from '../../routes';
import styles from './login.module.css';

/** Demo accounts loaded by DEMO_SEED=1. Hidden when built with VITE_DEMO_LOGINS=0. */
const DEMO_LOGINS = [
  { username: 'admin', password: 'Admin@123', role: '公司总部（全部项目）' },
  { username: 'kefu', password: 'Kefu@123', role: '客服管理员/前台' },
  { username: 'jingli', password: 'Jingli@123', role: '管理处经理' },
  { username: 'jigong', password: 'Jigong@123', role: '技工' },
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
    <div className={styles.page}>
      <div className={styles.box}>
        <div className={styles.brand}>
          <div className={styles.logo}>物</div>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              物业客服中心
            </Typography.Title>
            <Typography.Text type="secondary">员工管理后台</Typography.Text>
          </div>
        </div>
        <Card>
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
        </Card>
        {SHOW_DEMO && (
          <Card size="small" className={styles.demo} title="演示账号（点击填入）">
            <Table
              size="small"
              pagination={false}
              rowKey="username"
              dataSource={DEMO_LOGINS}
              onRow={(r) => ({
                onClick: () => form.setFieldsValue({ username: r.username, password: r.password }),
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: '用户名', dataIndex: 'username' },
                { title: '密码', dataIndex: 'password' },
                { title: '身份', dataIndex: 'role' },
              ]}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
