import { searchKey } from '@xaso/domain/text';
import { Button, Flex, Select } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { compareVi } from '../../../lib/format.ts';
import { useChildUnits } from '../api/list-child-units.ts';

interface Props {
  id?: string;
  scopeId: string | undefined;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** The communes of the scope, several at once; search ignores diacritics ("bat mot" finds "Xã Bát Mọt"). */
export function CommunesField({ id, scopeId, value = [], onChange }: Props) {
  const children = useChildUnits(scopeId);
  const communes = (children.data ?? [])
    .filter((unit) => unit.type === 'commune')
    .sort((a, b) => compareVi(a.name, b.name));
  const options = communes.map((unit) => ({ value: unit.id, label: unit.name, key: searchKey(unit.name) }));

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
          filterOption: (input, option) => (option?.key ?? '').includes(searchKey(input)),
        }}
        notFoundContent={children.isFetching ? vi.common.loading : vi.orgUnits.noResults}
        style={{ width: '100%' }}
        maxTagCount="responsive"
      />
      <Flex gap={8} wrap>
        <Button
          size="small"
          disabled={options.length === 0}
          onClick={() => onChange?.(options.map((o) => o.value))}
        >
          {vi.cycles.selectAllCommunes(options.length)}
        </Button>
        <Button size="small" disabled={value.length === 0} onClick={() => onChange?.([])}>
          {vi.cycles.clearCommunes}
        </Button>
      </Flex>
    </Flex>
  );
}
