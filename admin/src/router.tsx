/** Turns the declarations in routes.tsx into a react-router tree with sign-in and access guards. */
import { lazy, useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router-dom';
import { useAuth } from './auth';
import { appRoutes, BasicLayout, HOME, LoginPage } from './routes';
import PageLoading from './components/PageLoading';

/** antd is loaded with the shell, not on the login page: the route guard comes in the layout's chunk. */
const Guard = lazy(() => import('./layouts/BasicLayout').then((m) => ({ default: m.Guard })));

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { me, checking } = useAuth();
  const location = useLocation();
  if (checking && !me) return <PageLoading tip="正在验证登录…" />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
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
            { path: '*', element: <Guard /> },
          ],
        },
      ]),
    [],
  );
  return <RouterProvider router={router} />;
}
