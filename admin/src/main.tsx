/**
 * The console's entry: only React, the router and the sign-in state. antd's providers, React Query and the
 * shell load with the first signed-in page (layouts/BasicLayout.tsx), so the login page stays light.
 */
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider } from './auth';
import { AppRouter } from './router';
import PageLoading from './components/PageLoading';
import './global.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider>
      <Suspense fallback={<PageLoading />}>
        <AppRouter />
      </Suspense>
    </AuthProvider>
  </StrictMode>,
);
