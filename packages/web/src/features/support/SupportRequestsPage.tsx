import { SUPPORT_STATUSES, type SupportStatus } from '@xaso/domain/steering/support-request';
import { Card, Flex, Segmented, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { useCan } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { type SupportListFilters, useSupportRequests } from './api/support-requests.ts';
import { RequestFilters } from './components/RequestFilters.tsx';
import { RequestList } from './components/RequestList.tsx';
import { supportMessages as m } from './messages.ts';

/**
 * Who sees what comes from the server: a member's criteria, the whole area for the office and the head, the
 * commune's own for its staff. A member opens on their own list (oldest first); the head, who is a member too,
 * opens on the area and may switch.
 */
function useDefaultView(): { view: 'mine' | 'all'; canSwitch: boolean } {
  const answers = useCan('support:answer');
  const approves = useCan('supportPlan:approve');
  const runsOffice = useCan('responsibility:manage');
  const overseesArea = approves || runsOffice;
  return { view: answers && !overseesArea ? 'mine' : 'all', canSwitch: answers && overseesArea };
}

/** Filters live in the address, so the back button from a request returns to the same list. */
function useFilters(defaultView: 'mine' | 'all') {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const view = params.get('view');
  const filters: SupportListFilters = {
    view: view === 'mine' || view === 'all' ? view : defaultView,
    communeUnitId: params.get('commune') ?? undefined,
    criterionCode: params.get('criterion') ?? undefined,
    status: SUPPORT_STATUSES.includes(status as SupportStatus) ? (status as SupportStatus) : undefined,
    overdue: params.get('overdue') === '1' || undefined,
  };
  const update = (patch: Partial<SupportListFilters>) => {
    const next = { ...filters, ...patch };
    const entries: [string, string | undefined][] = [
      ['view', next.view === defaultView ? undefined : next.view],
      ['status', next.status],
      ['commune', next.communeUnitId],
      ['criterion', next.criterionCode],
      ['overdue', next.overdue ? '1' : undefined],
    ];
    setParams(new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)), {
      replace: true,
    });
  };
  return { filters, update };
}

function SupportRequestList() {
  const defaults = useDefaultView();
  const { filters, update } = useFilters(defaults.view);
  usePageTitle(filters.view === 'mine' ? m.titleMine : m.title);
  const filtered = filters.status || filters.communeUnitId || filters.criterionCode || filters.overdue;
  const all = useSupportRequests({ view: filters.view });
  const shown = useSupportRequests(filters, { enabled: Boolean(filtered) });
  const list = filtered ? shown : all;

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {filters.view === 'mine' ? m.titleMine : m.title}
          </Typography.Title>
          {defaults.canSwitch && (
            <Segmented<'mine' | 'all'>
              value={filters.view}
              onChange={(view) => update({ view, communeUnitId: undefined, criterionCode: undefined })}
              options={[
                { value: 'all', label: m.viewAll },
                { value: 'mine', label: m.viewMine },
              ]}
            />
          )}
        </Flex>
        <RequestFilters filters={filters} onChange={update} all={all.data ?? []} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <RequestList
            items={list.data ?? []}
            loading={list.isPending || list.isPlaceholderData}
            emptyText={filtered ? m.emptyFiltered : m.empty}
          />
        )}
      </Flex>
    </Card>
  );
}

export default function SupportRequestsPage() {
  return (
    <RequireAction action="support:read">
      <SupportRequestList />
    </RequireAction>
  );
}
