import type { SupportRequestView } from '@xaso/domain/contracts/steering';
import { Alert, Card, Flex, Grid, Table, type TableProps, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { formatViNumber } from '../../../lib/vi-number.ts';
import { supportMessages as m } from '../messages.ts';

type Plan = NonNullable<SupportRequestView['plan']>;
type Action = Plan['actions'][number];

function carriers(action: Action): string {
  return [...action.units, ...action.partners].map((u) => u.name).join(', ');
}

/** The plan as submitted: summary, the actions with who and by when, the budget, and `checkPlan`'s warnings. */
export function PlanView({ plan }: { plan: Plan }) {
  const isPhone = Grid.useBreakpoint().md === false;
  const rows = plan.actions.map((a, i) => ({ ...a, no: i + 1 }));
  const columns: TableProps<(typeof rows)[number]>['columns'] = [
    { title: m.actionNo, dataIndex: 'no', width: 56 },
    {
      title: m.actionDescription,
      dataIndex: 'description',
      render: (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>,
    },
    { title: m.actionCarriers, key: 'carriers', render: (_, a) => carriers(a) },
    { title: m.actionDue, dataIndex: 'dueDate', width: 110, render: (d: string) => formatDate(d) },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {plan.summary}
      </Typography.Paragraph>
      {plan.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      {isPhone ? (
        <Flex vertical gap={8}>
          {rows.map((a) => (
            <Card key={a.no} size="small" title={m.actionTitle(a.no)}>
              <Flex vertical gap={4}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Typography.Text>
                <Typography.Text type="secondary">
                  {m.actionCarriers}: {carriers(a)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {m.actionDue}: {formatDate(a.dueDate)}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table rowKey="no" size="small" columns={columns} dataSource={rows} pagination={false} />
      )}
      <Typography.Text>
        <Typography.Text strong>{m.budget}: </Typography.Text>
        {plan.budget ? m.budgetOf(formatViNumber(plan.budget.amountVnd), plan.budget.source) : m.budgetNone}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {m.submittedBy(plan.submittedBy.displayName, formatDateTime(plan.submittedAt))}
      </Typography.Text>
    </Flex>
  );
}
