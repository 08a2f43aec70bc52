import { Alert, Button, Flex } from 'antd';
import { Link } from 'react-router';
import { responsibilityMessages as m } from '../messages.ts';

/**
 * On the cycle's page, for the office: how many criteria have no responsible member (the communes cannot send
 * them a support request yet), with the way to the matrix. The count comes with the cycle (criteria not
 * applicable in the cycle aside), so the page asks for nothing more.
 */
export function UnassignedWarning({ cycleId, count }: { cycleId: string; count: number }) {
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={m.cycleWarning(count)}
      // The link sits under the text, not beside it: beside it, a phone's width left the text a word per line.
      description={
        <Flex vertical gap={8} align="start">
          <span>{m.cycleWarningDetail}</span>
          <Link to={`/cycles/${cycleId}/responsibilities`}>
            <Button size="small">{m.openMatrix}</Button>
          </Link>
        </Flex>
      }
    />
  );
}
