import { Card, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError.tsx';
import { useAllUsers, useUnitCounts } from '../api/home-data.ts';
import { homeMessages as m } from '../messages.ts';

/** The administrator: how many accounts (and how many still without a role), how many communes. */
export function AdminCounts() {
  const users = useAllUsers(true);
  const units = useUnitCounts(true);
  const failed = users.isError ? users : units.isError ? units : null;
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!users.data || !units.data) return <Skeleton active />;
  return (
    <Card size="small">
      <Flex vertical gap={6} align="start">
        <Typography.Text>
          {m.users(users.data.length, users.data.filter((u) => u.active).length)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {m.usersWithoutRoles(users.data.filter((u) => u.roles.length === 0).length)}
        </Typography.Text>
        <Typography.Text>
          {m.units(units.data.roots.map((r) => r.name).join(', '), units.data.communes)}
        </Typography.Text>
        <Flex gap={16} wrap>
          <Link to="/users">{m.manageUsers}</Link>
          <Link to="/org-units">{m.manageUnits}</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
