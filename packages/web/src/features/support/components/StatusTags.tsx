import {
  ACTOR_KIND_LABELS,
  type ActorKind,
  SUPPORT_STATUS_LABELS,
  type SupportStatus,
} from '@xaso/domain/steering/support-request';
import { Space, Tag } from 'antd';
import { supportMessages as m } from '../messages.ts';

const STATUS_COLORS: Record<SupportStatus, string> = {
  sent: 'processing',
  answered: 'cyan',
  plan_submitted: 'gold',
  plan_approved: 'success',
  plan_returned: 'orange',
  closed: 'default',
};

export function StatusTag({ status }: { status: SupportStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{SUPPORT_STATUS_LABELS[status]}</Tag>;
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
