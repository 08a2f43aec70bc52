import {
  ACTOR_KIND_LABELS,
  type ActorKind,
  SUPPORT_STATUS_LABELS,
  type SupportStatus,
} from '@xaso/domain/steering/support-request';
import { Space, Tag } from 'antd';
import { supportMessages as m } from '../messages.ts';

/**
 * antd's preset tags write green and orange text in their 7th shade, and the status tags ("processing") in
 * #1677ff: all under 4.5:1 on their light backgrounds (axe flags them). The 8th shade keeps the hue and passes.
 */
const STATUS_STYLES: Record<SupportStatus, { color: string; text?: string }> = {
  sent: { color: 'blue' },
  answered: { color: 'geekblue' },
  plan_submitted: { color: 'purple' },
  plan_approved: { color: 'green', text: '#237804' },
  plan_returned: { color: 'orange', text: '#ad4e00' },
  closed: { color: 'default' },
};

export function StatusTag({ status }: { status: SupportStatus }) {
  const { color, text } = STATUS_STYLES[status];
  return (
    <Tag color={color} style={text ? { color: text } : undefined}>
      {SUPPORT_STATUS_LABELS[status]}
    </Tag>
  );
}

/** Status, "Quá hạn" in red, and whose move it is: what a list row or the page's header says at a glance. */
export function StatusTags({
  status,
  overdue,
  awaiting,
}: {
  status: SupportStatus;
  overdue: boolean;
  awaiting: ActorKind | null;
}) {
  return (
    <Space wrap size={[4, 4]}>
      <StatusTag status={status} />
      {overdue && <Tag color="red">{m.overdue}</Tag>}
      {awaiting && <Tag>{m.awaiting(ACTOR_KIND_LABELS[awaiting])}</Tag>}
    </Space>
  );
}
