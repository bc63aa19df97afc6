/** /requests/:id — a work order opened by link (e.g. from a notification). */
import { useParams, useNavigate } from 'react-router-dom';
import { Card, Result, Button } from 'antd';
import RequestDetailView from '../../components/srv/RequestDetailView';
import PageContainer from '../../components/PageContainer';

export default function RequestDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0)
    return <Result status="404" title="工单不存在" extra={<Button onClick={() => navigate('/requests')}>返回工单列表</Button>} />;
  return (
    <PageContainer title="工单详情" onBack={() => navigate(-1)}>
      <Card>
        <RequestDetailView id={n} />
      </Card>
    </PageContainer>
  );
}
