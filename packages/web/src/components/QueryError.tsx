import { Alert, Button } from 'antd';
import { vi } from '../i18n/vi.ts';
import { errorMessage } from '../lib/api-client.ts';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={vi.common.loadFailed}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {vi.common.retry}
          </Button>
        ) : undefined
      }
    />
  );
}
