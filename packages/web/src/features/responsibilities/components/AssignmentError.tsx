import { Alert, Button } from 'antd';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { responsibilityMessages as m } from '../messages.ts';

/** A refused assignment: a conflict says the choices are kept and offers to reload; anything else says why. */
export function AssignmentError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (!error) return null;
  const stale = isApiError(error, 'CONFLICT');
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      style={{ marginBottom: 12 }}
      title={stale ? m.stale : errorMessage(error)}
      description={stale ? m.staleDetail : undefined}
      action={
        stale ? (
          <Button size="small" onClick={onReload}>
            {m.reload}
          </Button>
        ) : undefined
      }
    />
  );
}
