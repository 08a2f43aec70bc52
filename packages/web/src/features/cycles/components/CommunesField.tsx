import { searchKey } from '@xaso/domain/text';
import { Button, Flex, Select, type SelectProps } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { compareVi } from '../../../lib/format.ts';
import { useCommunesWithin } from '../api/list-child-units.ts';

interface Props {
  id?: string;
  scopeId: string | undefined;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/**
 * The communes of the scope at any depth, several at once, grouped by district when the scope has districts;
 * search ignores diacritics ("bat mot" finds "Xã Bát Mọt", "thuong xuan" every commune of that district).
 */
export function CommunesField({ id, scopeId, value = [], onChange }: Props) {
  const children = useCommunesWithin(scopeId);
  const communes = children.data ?? [];
  // Communes directly under the scope are listed flat; under districts they are grouped by district.
  const groupOf = (unit: (typeof communes)[number]) => unit.path[unit.path.length - 1] ?? '';
  const groups = [...new Set(communes.map(groupOf))].sort(compareVi);
  const option = (unit: (typeof communes)[number]) => ({
    value: unit.id,
    label: unit.name,
    key: searchKey(`${unit.name} ${groupOf(unit)}`),
  });
  const byName = (a: { name: string }, b: { name: string }) => compareVi(a.name, b.name);
  const flat = groups.length <= 1;
  const options: SelectProps['options'] = flat
    ? [...communes].sort(byName).map(option)
    : groups.map((g) => ({
        label: g,
        title: g,
        options: communes
          .filter((u) => groupOf(u) === g)
          .sort(byName)
          .map(option),
      }));
  const allIds = communes.map((u) => u.id);

  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        mode="multiple"
        value={value}
        onChange={onChange}
        options={options}
        loading={children.isFetching}
        placeholder={vi.cycles.communesPlaceholder}
        showSearch={{
          filterOption: (input, option) =>
            ((option as { key?: string } | undefined)?.key ?? '').includes(searchKey(input)),
        }}
        notFoundContent={children.isFetching ? vi.common.loading : vi.orgUnits.noResults}
        style={{ width: '100%' }}
        maxTagCount="responsive"
      />
      <Flex gap={8} wrap>
        <Button size="small" disabled={allIds.length === 0} onClick={() => onChange?.(allIds)}>
          {vi.cycles.selectAllCommunes(allIds.length)}
        </Button>
        <Button size="small" disabled={value.length === 0} onClick={() => onChange?.([])}>
          {vi.cycles.clearCommunes}
        </Button>
      </Flex>
    </Flex>
  );
}
