/** What a list or board shows when its load failed: the reason (offline, server error …) and a retry. */
import { Button, Result } from 'antd';
import { errorText } from '../services/client';

export default function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Result
      status="warning"
      title="没有加载出来"
      subTitle={errorText(error)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry} data-testid="list-retry">
            重试
          </Button>
        )
      }
    />
  );
}
