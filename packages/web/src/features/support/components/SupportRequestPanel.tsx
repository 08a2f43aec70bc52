import { CustomerServiceOutlined } from '@ant-design/icons';
import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../lib/session.ts';
import { useSupportRequests } from '../api/support-requests.ts';
import { supportMessages as m } from '../messages.ts';
import { RequestSupportModal } from './RequestSupportModal.tsx';
import { StatusTags } from './StatusTags.tsx';

interface Props {
  cycleId: string;
  communeId: string;
  item: WorkspaceItem;
}

/**
 * In a criterion's drawer: the request already being worked on for it, or, for a criterion the commune saved
 * as needing support, the button that sends one. One list per commune and cycle serves every criterion.
 */
export default function SupportRequestPanel({ cycleId, communeId, item }: Props) {
  const canRead = useCan('support:read');
  const canRequest = useCan('support:request');
  const isCriterion = item.kind === 'criterion';
  const requests = useSupportRequests(
    { cycleId, communeUnitId: communeId },
    { enabled: isCriterion && canRead },
  );
  const [writing, setWriting] = useState(false);
  if (!isCriterion || !canRead || requests.isPending || requests.isError) return null;

  const open = requests.data.find((r) => r.criterion.code === item.code && r.status !== 'closed');
  if (open) {
    return (
      <Alert
        type="info"
        showIcon
        title={m.openRequest}
        description={
          <Flex gap={8} wrap align="center" justify="space-between">
            <StatusTags status={open.status} overdue={open.overdue} awaiting={open.awaiting} />
            <Link to={`/support-requests/${open.id}`}>
              <Button size="small">{m.openRequestLink}</Button>
            </Link>
          </Flex>
        }
      />
    );
  }
  if (!canRequest || item.result?.capability !== 'needs_support') return null;
  return (
    <section aria-label={m.request}>
      <Flex vertical gap={8} align="start">
        <Typography.Text type="secondary">{m.requestHint}</Typography.Text>
        <Button icon={<CustomerServiceOutlined />} onClick={() => setWriting(true)}>
          {m.request}
        </Button>
      </Flex>
      {writing && (
        <RequestSupportModal
          cycleId={cycleId}
          communeId={communeId}
          item={item}
          onClose={() => setWriting(false)}
        />
      )}
    </section>
  );
}
