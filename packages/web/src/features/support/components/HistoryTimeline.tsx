import type { SupportRequestView } from '@xaso/domain/contracts/steering';
import { ACTOR_KIND_LABELS, SUPPORT_EVENT_LABELS } from '@xaso/domain/steering/support-request';
import { Flex, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { supportMessages as m } from '../messages.ts';
import { StatusTag } from './StatusTags.tsx';

/** Every status change: what was done, by whom and in which capacity, when, and what it carried. */
export function HistoryTimeline({ history }: { history: SupportRequestView['history'] }) {
  return (
    <Timeline
      items={history.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        color: entry.event === 'return_plan' ? 'orange' : entry.to === 'closed' ? 'gray' : 'blue',
        content: (
          <Flex vertical gap={2}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{SUPPORT_EVENT_LABELS[entry.event]}</Typography.Text>
              <StatusTag status={entry.to} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {m.historyLine(
                formatDateTime(entry.at),
                entry.actor.displayName,
                ACTOR_KIND_LABELS[entry.actorKind],
              )}
            </Typography.Text>
            {entry.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
