import { PlusOutlined } from '@ant-design/icons';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';
import { useCan, useCurrentUser } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCycles } from './api/list-cycles.ts';

/** The commune of a commune user that takes part in the cycle, so they can go straight to their workspace. */
function ownCommuneId(cycle: Cycle, communeIds: string[]): string | undefined {
  return cycle.communes.find((c) => communeIds.includes(c.id))?.id;
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
            const own = ownCommuneId(cycle, communeIds);
            const title = vi.cycles.cycleTitle(cycle.year, cycle.scope.name);
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
                  </Space>
                  {own && (
                    <div>
                      <Link to={`/cycles/${cycle.id}/communes/${own}`}>
                        <Button type="primary" size="small">
                          {vi.cycles.myWorkspace}
                        </Button>
                      </Link>
                    </div>
                  )}
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
