import { StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AuthProvider } from './auth';
import { bindMessageApi } from './services/api';
import { AppRouter } from './router';
import PageLoading from './components/PageLoading';
import './global.css';

dayjs.locale('zh-cn');

function MessageBinder() {
  const { message } = AntApp.useApp();
  useEffect(() => bindMessageApi(message), [message]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>
        <MessageBinder />
        <AuthProvider>
          <Suspense fallback={<PageLoading />}>
            <AppRouter />
          </Suspense>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
