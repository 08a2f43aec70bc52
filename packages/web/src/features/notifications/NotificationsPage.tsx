import { CheckOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Pagination, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMarkRead, useNotifications } from './api/notifications.ts';
import { NotificationItem } from './components/NotificationItem.tsx';
import { useOpenNotification } from './components/use-open-notification.ts';
import { notificationMessages as m } from './messages.ts';

const PAGE_SIZE = 20;

/** Every notification of the signed-in user, newest first; anyone signed in has some, so no action is checked. */
export default function NotificationsPage() {
  usePageTitle(m.title);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications({ unread: onlyUnread, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const markRead = useMarkRead();
  const open = useOpenNotification();
  const unread = list.data?.unreadCount ?? 0;

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex vertical>
            <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
              {m.title}
            </Typography.Title>
            {list.data && list.data.total > 0 && (
              <Typography.Text type="secondary">{m.unreadCount(unread)}</Typography.Text>
            )}
          </Flex>
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            loading={markRead.isPending && 'all' in (markRead.variables ?? {})}
            onClick={() => markRead.mutate({ all: true })}
          >
            {m.markAllRead}
          </Button>
        </Flex>
        <Segmented<'all' | 'unread'>
          value={onlyUnread ? 'unread' : 'all'}
          onChange={(v) => {
            setOnlyUnread(v === 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: m.showAll },
            { value: 'unread', label: m.showUnread },
          ]}
          style={{ alignSelf: 'start' }}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : list.isPending ? (
          <Spin />
        ) : list.data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onlyUnread ? m.emptyUnread : m.empty} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.data.items.map((n) => (
              <li key={n.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <NotificationItem notification={n} onOpen={open} />
                </div>
                {n.readAt === null && (
                  <Button
                    size="small"
                    type="text"
                    icon={<CheckOutlined />}
                    aria-label={`${m.markRead}: ${n.title}`}
                    title={m.markRead}
                    onClick={() => markRead.mutate({ ids: [n.id] })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {list.data && list.data.total > PAGE_SIZE && (
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={setPage}
            showSizeChanger={false}
            size="small"
          />
        )}
      </Flex>
    </Card>
  );
}
