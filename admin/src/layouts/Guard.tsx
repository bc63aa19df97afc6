/** Inside the shell: a route's access and project checks before its page, and the not-found page. */
import { Suspense } from 'react';
import { Button, Empty, Result } from 'antd';
import { useAuth } from '../auth';
import { useProject } from '../project';
import { HOME, type AppRoute } from '../routes';
import PageLoading from '../components/PageLoading';

export default function Guard({ route }: { route?: AppRoute }) {
  const { access } = useAuth();
  const { projectId, loading, projects } = useProject();
  if (!route) return <NotFound />;
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
