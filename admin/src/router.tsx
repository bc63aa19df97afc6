/** Turns the declarations in routes.tsx into a react-router tree with sign-in and access guards. */
import { Suspense, useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router-dom';
import { Button, Empty, Result } from 'antd';
import { useAuth } from './auth';
import { useProject } from './project';
import { appRoutes, BasicLayout, HOME, LoginPage, type AppRoute } from './routes';
import PageLoading from './components/PageLoading';

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { me, checking } = useAuth();
  const location = useLocation();
  if (checking && !me) return <PageLoading tip="正在验证登录…" />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function Guard({ route }: { route: AppRoute }) {
  const { access } = useAuth();
  const { projectId, loading, projects } = useProject();
  if (route.access && !access[route.access]) {
    return <Result status="403" title="无权访问" subTitle="您的角色没有此页面的权限，如需开通请联系管理处经理或总部。" />;
  }
  if (route.project && !projectId) {
    if (loading) return <PageLoading />;
    return (
      <Empty
        style={{ marginTop: 80 }}
        description={projects.length ? '请先在页面右上角选择项目' : '您还没有被分配到任何项目，请联系管理处经理或总部。'}
      />
    );
  }
  const Page = route.component;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Button type="primary" href={HOME}>
          返回工作台
        </Button>
      }
    />
  );
}

export function AppRouter() {
  const router = useMemo(
    () =>
      createBrowserRouter([
        { path: '/login', element: <LoginPage /> },
        {
          path: '/',
          element: (
            <RequireAuth>
              <BasicLayout />
            </RequireAuth>
          ),
          children: [
            { index: true, element: <Navigate to={HOME} replace /> },
            ...appRoutes.map((r) => ({ path: r.path.slice(1), element: <Guard route={r} /> })),
            { path: '*', element: <NotFound /> },
          ],
        },
      ]),
    [],
  );
  return <RouterProvider router={router} />;
}
