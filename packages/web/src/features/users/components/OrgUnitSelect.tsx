import type { RoleAssignment } from '@xaso/domain/contracts/auth';
import type { CommuneSubtype } from '@xaso/domain/org-unit';
import { Select } from 'antd';
import { useState } from 'react';
import { orgUnitTypeLabel } from '../../../components/OrgUnitTypeTag.tsx';
import { vi } from '../../../i18n/vi.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useGrantableOrgUnits } from '../api/search-org-units.ts';

type KnownUnit = RoleAssignment['orgUnit'] & { path?: string[]; subtype?: CommuneSubtype | null };

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Units already granted, so their names show before any search. */
  knownUnits?: KnownUnit[];
  'aria-label'?: string;
}

/** Picks one org unit by typing part of its name or code (diacritics optional); the server does the matching. */
export function OrgUnitSelect({ id, value, onChange, knownUnits = [], 'aria-label': ariaLabel }: Props) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<KnownUnit | null>(null);
  const term = useDebouncedValue(search);
  const units = useGrantableOrgUnits(term, open || term !== '');

  const hits: KnownUnit[] = units.data ?? [];
  const current = [picked, ...knownUnits].find((u) => u && u.id === value) ?? null;
  const all = current && !hits.some((u) => u.id === current.id) ? [current, ...hits] : hits;
  const options = all.map((unit) => ({
    value: unit.id,
    label: unit.name,
    unit,
  }));

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      placeholder={vi.users.orgUnitPlaceholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={setOpen}
      loading={units.isFetching}
      notFoundContent={units.isFetching ? vi.common.loading : vi.orgUnits.noResults}
      options={options}
      optionRender={(option) => {
        const unit = option.data.unit;
        return (
          <div>
            <div>
              {unit.name}{' '}
              <span style={{ color: 'rgba(0,0,0,0.65)' }}>
                · {orgUnitTypeLabel({ type: unit.type, subtype: unit.subtype ?? null, name: unit.name })}
              </span>
            </div>
            {unit.path && unit.path.length > 0 && (
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>{unit.path.join(' › ')}</div>
            )}
          </div>
        );
      }}
      onChange={(next: string, option) => {
        const chosen = Array.isArray(option) ? option[0] : option;
        if (chosen) setPicked(chosen.unit);
        setSearch('');
        onChange?.(next);
      }}
      style={{ width: '100%' }}
    />
  );
}
