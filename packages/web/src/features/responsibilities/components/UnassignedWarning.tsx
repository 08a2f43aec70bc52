import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useMatrix } from '../api/matrix.ts';
import { responsibilityMessages as m } from '../messages.ts';

/**
 * On the cycle's page, for the office: how many criteria have no responsible member (the communes cannot send
 * them a support request yet), with the way to the matrix. Nothing while the matrix loads or when all are set.
 */
export function UnassignedWarning({ cycleId }: { cycleId: string }) {
  const matrix = useMatrix(cycleId);
  const n = matrix.data?.unassigned.length ?? 0;
  if (n === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={m.cycleWarning(n)}
      description={m.cycleWarningDetail}
      action={
        <Link to={`/cycles/${cycleId}/responsibilities`}>
          <Button size="small">{m.openMatrix}</Button>
        </Link>
      }
    />
  );
}
