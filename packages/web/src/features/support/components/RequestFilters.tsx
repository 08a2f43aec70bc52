import {
  SUPPORT_STATUS_LABELS,
  SUPPORT_STATUSES,
  type SupportStatus,
} from '@xaso/domain/steering/support-request';
import { searchKey } from '@xaso/domain/text';
import { Checkbox, Flex, Select } from 'antd';
import type { SupportListFilters } from '../api/support-requests.ts';
import { supportMessages as m } from '../messages.ts';
import type { SupportRequestSummary } from './RequestList.tsx';

interface Props {
  filters: SupportListFilters;
  onChange: (patch: Partial<SupportListFilters>) => void;
  /** Every request of the view, unfiltered: the communes and criteria to offer. */
  all: SupportRequestSummary[];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

const search = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};

/** Status, commune, criterion and overdue: each narrows the list the server sends. */
export function RequestFilters({ filters, onChange, all }: Props) {
  const communes = uniqueBy(
    all.map((r) => r.commune),
    (c) => c.id,
  ).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const criteria = uniqueBy(
    all.map((r) => r.criterion),
    (c) => c.code,
  ).sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  const field = { flex: '1 1 200px', minWidth: 0 };
  return (
    <Flex gap={8} wrap align="center">
      <Select<SupportStatus>
        aria-label={m.filterStatus}
        allowClear
        placeholder={m.allStatuses}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={SUPPORT_STATUSES.map((s) => ({ value: s, label: SUPPORT_STATUS_LABELS[s] }))}
        style={field}
      />
      {(communes.length > 1 || filters.communeUnitId) && (
        <Select
          aria-label={m.filterCommune}
          allowClear
          showSearch={search}
          placeholder={m.allCommunes}
          value={filters.communeUnitId}
          onChange={(communeUnitId?: string) => onChange({ communeUnitId })}
          options={communes.map((c) => ({ value: c.id, label: c.name }))}
          style={field}
        />
      )}
      <Select
        aria-label={m.filterCriterion}
        allowClear
        showSearch={search}
        placeholder={m.allCriteria}
        value={filters.criterionCode}
        onChange={(criterionCode?: string) => onChange({ criterionCode })}
        options={criteria.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
        style={field}
      />
      <Checkbox checked={filters.overdue ?? false} onChange={(e) => onChange({ overdue: e.target.checked })}>
        {m.filterOverdue}
      </Checkbox>
    </Flex>
  );
}
