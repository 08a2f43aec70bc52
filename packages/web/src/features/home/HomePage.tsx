import { ROLE_LABELS } from '@xaso/domain/roles';
import { Card, List, Tag, Typography } from 'antd';
import { vi } from '../../i18n/vi.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export default function HomePage() {
  usePageTitle(vi.layout.home);
  const user = useCurrentUser();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {vi.home.greeting(user.displayName)}
      </Typography.Title>
      <Typography.Paragraph>{vi.home.intro}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {vi.home.rolesTitle}
      </Typography.Title>
      {user.roles.length === 0 ? (
        <Typography.Paragraph>{vi.home.noRoles}</Typography.Paragraph>
      ) : (
        <List
          dataSource={user.roles}
          rowKey={(r) => `${r.role}:${r.orgUnit.id}`}
          renderItem={(r) => (
            <List.Item>
              <Tag color="blue">{ROLE_LABELS[r.role]}</Tag>
              <span>{r.orgUnit.name}</span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
