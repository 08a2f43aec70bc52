import { PlusOutlined } from '@ant-design/icons';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';
import { useCan, useCurrentUser } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCycles } from './api/list-cycles.ts';
import { RegisterEarlyModal } from './components/RegisterEarlyModal.tsx';
import { cycleMessages as m } from './messages.ts';

/** The commune of a commune user that takes part in the cycle, so they can go straight to their workspace. */
function ownCommune(cycle: Cycle, communeIds: string[]) {
  return cycle.communes.find((c) => communeIds.includes(c.id));
}

/** What a commune user can do with a cycle of their area: open their workspace, or register criteria early. */
function CommuneActions({ cycle, communeIds }: { cycle: Cycle; communeIds: string[] }) {
  const [registering, setRegistering] = useState<{ communeId: string; current: string[] } | null>(null);
  const own = ownCommune(cycle, communeIds);
  const canEdit = useCan('assessment:edit');
  const unassigned = own ? null : communeIds[0];
  return (
    <Space wrap>
      {own && (
        <Link to={`/cycles/${cycle.id}/communes/${own.id}`}>
          <Button type="primary" size="small">
            {vi.cycles.myWorkspace}
          </Button>
        </Link>
      )}
      {own && !own.assigned && <Tag color="purple">{vi.cycles.registeredEarly}</Tag>}
      {canEdit && unassigned && (
        <Button size="small" onClick={() => setRegistering({ communeId: unassigned, current: [] })}>
          {vi.cycles.registerEarly}
        </Button>
      )}
      {registering && (
        <RegisterEarlyModal
          cycle={cycle}
          communeId={registering.communeId}
          current={registering.current}
          onClose={() => setRegistering(null)}
        />
      )}
    </Space>
  );
}

function CycleList() {
  usePageTitle(vi.cycles.title);
  const user = useCurrentUser();
  const canManage = useCan('cycle:manage');
  const cycles = useCycles();
  const communeIds = user.roles.filter((r) => r.orgUnit.type === 'commune').map((r) => r.orgUnit.id);
  const sorted = [...(cycles.data ?? [])].sort(
    (a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {vi.cycles.title}
        </Typography.Title>
        {canManage && (
          <Link to="/cycles/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {vi.cycles.create}
            </Button>
          </Link>
        )}
      </Flex>
      {cycles.isError ? (
        <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
      ) : (
        <List<Cycle>
          loading={cycles.isPending}
          dataSource={sorted}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={canManage ? vi.cycles.emptyOffice : vi.cycles.empty}
              />
            ),
          }}
          renderItem={(cycle) => {
            // A second round of the year is told apart by its name (issue 10, item 8).
            const title = m.titleWithRound(vi.cycles.cycleTitle(cycle.year, cycle.scope.name), cycle.round);
            return (
              <List.Item>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Link to={`/cycles/${cycle.id}`} aria-label={`${vi.cycles.open}: ${title}`}>
                    <Typography.Text strong style={{ fontSize: 16, color: 'inherit' }}>
                      {title}
                    </Typography.Text>
                  </Link>
                  <Typography.Text type="secondary">
                    {cycle.criteriaFramework.title}
                    {cycle.indexFramework ? ` · ${cycle.indexFramework.title}` : ''}
                  </Typography.Text>
                  <Space wrap size={[8, 4]}>
                    <Tag color="blue">{vi.cycles.deadlineOf(formatDate(cycle.deadlines.selfAssessment))}</Tag>
                    <Tag>{vi.cycles.communeCount(cycle.communes.filter((c) => c.assigned).length)}</Tag>
                    {cycle.status === 'closed' && <Tag>{m.closedTag}</Tag>}
                  </Space>
                  {communeIds.length > 0 && <CommuneActions cycle={cycle} communeIds={communeIds} />}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

export default function CyclesPage() {
  return (
    <RequireAction action="cycle:read">
      <CycleList />
    </RequireAction>
  );
}
