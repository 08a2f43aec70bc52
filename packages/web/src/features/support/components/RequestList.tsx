import type { supportRequestSummarySchema } from '@xaso/domain/contracts/steering';
import { Card, Empty, Flex, Grid, List, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import { formatDate } from '../../../lib/format.ts';
import { supportMessages as m } from '../messages.ts';
import { StatusTags } from './StatusTags.tsx';

export type SupportRequestSummary = z.infer<typeof supportRequestSummarySchema>;

interface Props {
  items: SupportRequestSummary[];
  loading: boolean;
  emptyText: string;
}

function CriterionLink({ request }: { request: SupportRequestSummary }) {
  return (
    <Link to={`/support-requests/${request.id}`}>
      <Typography.Text strong style={{ color: 'inherit' }}>
        {request.criterion.code}
      </Typography.Text>{' '}
      {request.criterion.name}
    </Link>
  );
}

/** A phone shows one card per request: the criterion as the link, then where it stands. */
function RequestCards({ items, loading, emptyText }: Props) {
  return (
    <List<SupportRequestSummary>
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      split={false}
      renderItem={(r) => (
        <List.Item style={{ paddingBlock: 6 }}>
          <Card size="small" style={{ width: '100%' }}>
            <Flex vertical gap={6}>
              <CriterionLink request={r} />
              <Typography.Text>
                {r.commune.name} · {m.yearOf(r.year)}
              </Typography.Text>
              <StatusTags status={r.status} overdue={r.overdue} awaiting={r.awaiting} />
              <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
                {m.neededByOf(formatDate(r.neededBy))} · {m.sentOn(formatDate(r.sentAt))}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.responsibleMember ? m.memberOf(r.responsibleMember.displayName) : m.noMember}
              </Typography.Text>
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

function RequestTable({ items, loading, emptyText }: Props) {
  const columns: TableProps<SupportRequestSummary>['columns'] = [
    { title: m.colCriterion, key: 'criterion', render: (_, r) => <CriterionLink request={r} /> },
    {
      title: m.colCommune,
      key: 'commune',
      width: 150,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.commune.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.yearOf(r.year)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: m.colStatus,
      key: 'status',
      width: 230,
      render: (_, r) => <StatusTags status={r.status} overdue={r.overdue} awaiting={r.awaiting} />,
    },
    {
      title: m.colNeededBy,
      dataIndex: 'neededBy',
      width: 120,
      render: (day: string, r) => (
        <Typography.Text type={r.overdue ? 'danger' : undefined}>{formatDate(day)}</Typography.Text>
      ),
    },
    { title: m.colSentAt, dataIndex: 'sentAt', width: 110, render: (at: string) => formatDate(at) },
    {
      title: m.colMember,
      key: 'member',
      width: 180,
      render: (_, r) =>
        r.responsibleMember?.displayName ?? <Typography.Text type="secondary">{m.noMember}</Typography.Text>,
    },
  ];
  return (
    <Table<SupportRequestSummary>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}

/** Requests as a table on a wide screen, as cards on a phone (a seven-column table does not fit 375 px). */
export function RequestList(props: Props) {
  const isPhone = Grid.useBreakpoint().md === false;
  return isPhone ? <RequestCards {...props} /> : <RequestTable {...props} />;
}
