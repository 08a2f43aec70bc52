import { ROLE_LABELS } from '@xaso/domain/roles';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { vi } from '../../i18n/vi.ts';
import { useCan, useCurrentUser } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AdminCounts } from './components/AdminCounts.tsx';
import { AreaProgress, CommuneTasks, OfficeOverview } from './components/CycleCards.tsx';
import { homeMessages as m } from './messages.ts';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** "Tổng quan": what waits for each role, above the greeting's list of roles. */
export default function HomePage() {
  usePageTitle(vi.layout.home);
  const user = useCurrentUser();
  const isCommune = useCan('assessment:edit');
  const isOffice = useCan('cycle:manage');
  const isAdmin = useCan('user:grantAdmin');
  const isSteering = user.roles.some((r) => r.role === 'steering_member' || r.role === 'steering_head');
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {vi.home.greeting(user.displayName)}
      </Typography.Title>
      <Flex vertical gap={16}>
        {isCommune && (
          <Section title={m.tasksTitle}>
            <CommuneTasks />
          </Section>
        )}
        {isOffice && (
          <Section title={m.officeTitle}>
            <OfficeOverview />
          </Section>
        )}
        {isSteering && !isOffice && (
          <Section title={m.areaTitle}>
            <AreaProgress />
          </Section>
        )}
        {isAdmin && (
          <Section title={m.adminTitle}>
            <AdminCounts />
          </Section>
        )}
        <Section title={vi.home.rolesTitle}>
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
        </Section>
      </Flex>
    </Card>
  );
}
