import type { Notification } from '@xaso/domain/contracts/steering';
import { Badge, Flex, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format.ts';
import { notificationMessages as m } from '../messages.ts';

/** One notification as a row button: unread ones in bold with a dot, the time under the title. */
export function NotificationItem({
  notification,
  onOpen,
}: {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}) {
  const unread = notification.readAt === null;
  return (
    <button type="button" className="xaso-item-row" onClick={() => onOpen(notification)}>
      <Flex gap={8} align="start">
        <Badge
          status={unread ? 'processing' : 'default'}
          style={{ visibility: unread ? 'visible' : 'hidden' }}
        />
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong={unread} style={{ whiteSpace: 'normal' }}>
            {/* Named by its visible text (axe: label-content-name-mismatch), with "unread" for screen readers. */}
            {unread && <span className="xaso-visually-hidden">{m.unread}: </span>}
            {notification.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(notification.createdAt)}
          </Typography.Text>
        </Flex>
      </Flex>
    </button>
  );
}
