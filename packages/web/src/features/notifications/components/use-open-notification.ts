import type { Notification } from '@xaso/domain/contracts/steering';
import { useNavigate } from 'react-router';
import { useMarkRead } from '../api/notifications.ts';

/** Opening a notification marks it read and goes to the page it is about. */
export function useOpenNotification(after?: () => void) {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  return (notification: Notification) => {
    // Going to the page does not wait for the mark: a failed one leaves the notification bold, nothing worse.
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
    after?.();
    if (notification.link) navigate(notification.link);
  };
}
