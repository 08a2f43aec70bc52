import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMarkRead, useNotifications, useUnreadCount } from '../api/notifications.ts';
import { notificationMessages as m } from '../messages.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useOpenNotification } from './use-open-notification.ts';

const LATEST = 5;

function LatestPanel({ onDone }: { onDone: () => void }) {
  // Asked again at each opening: the count may have moved since (the bell polls it).
  const latest = useNotifications({ limit: LATEST }, { staleTime: 0 });
  const markRead = useMarkRead();
  const open = useOpenNotification(onDone);
  const unread = latest.data?.unreadCount ?? 0;
  return (
    <Flex vertical style={{ width: 'min(360px, calc(100vw - 56px))' }}>
      {latest.isPending ? (
        <Spin style={{ padding: 16 }} />
      ) : latest.data?.items.length ? (
        latest.data.items.map((n) => <NotificationItem key={n.id} notification={n} onOpen={open} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />
      )}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ paddingTop: 8 }}>
        <Link to="/notifications" onClick={onDone}>
          {m.viewAll}
        </Link>
        {unread > 0 && (
          <Button
            size="small"
            type="link"
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {m.markAllRead}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** The header's bell: the unread count, and the latest notifications on a click. */
export function NotificationBell() {
  const count = useUnreadCount();
  const [open, setOpen] = useState(false);
  const unread = count.data ?? 0;
  return (
    <Popover
      trigger="click"
      // "bottom" shifts sideways to stay on a 375 px screen; "bottomRight" ran off its right edge.
      placement="bottom"
      open={open}
      onOpenChange={setOpen}
      title={<Typography.Text strong>{m.latest}</Typography.Text>}
      content={open && <LatestPanel onDone={() => setOpen(false)} />}
      destroyOnHidden
    >
      <Button type="text" aria-label={m.bell(unread)} title={m.title} style={{ paddingInline: 8 }}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
