import { Alert, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { OrgUnitTypeTag } from '../../../components/OrgUnitTypeTag.tsx';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useSearchOrgUnits } from '../api/search-org-units.ts';

export function OrgUnitSearch({ onSelect }: { onSelect: (id: string) => void }) {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const debounced = useDebouncedValue(text);
  // Pressing Enter searches at once; typing searches after a short pause.
  const term = submitted === text ? submitted : debounced;
  const search = useSearchOrgUnits(term);
  const active = term.trim().length > 0;

  return (
    <search>
      <label htmlFor="org-unit-search" style={{ display: 'block', marginBottom: 4 }}>
        {vi.orgUnits.searchLabel}
      </label>
      <Input.Search
        id="org-unit-search"
        allowClear
        value={text}
        placeholder={vi.orgUnits.searchPlaceholder}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => {
          setText(value);
          setSubmitted(value);
        }}
        loading={active && search.isFetching}
        enterButton={vi.common.search}
      />
      {active && search.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(search.error)}
          style={{ marginTop: 8 }}
        />
      )}
      {active && search.data && (
        <section aria-live="polite" aria-label={vi.orgUnits.searchResults(search.data.length)}>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {search.data.length === 0 ? vi.orgUnits.noResults : vi.orgUnits.searchResults(search.data.length)}
          </Typography.Text>
          <List
            size="small"
            dataSource={search.data}
            rowKey="id"
            style={{ maxHeight: 320, overflow: 'auto' }}
            renderItem={(hit) => (
              <List.Item style={{ paddingInline: 0 }}>
                <button
                  type="button"
                  className="xaso-link-button"
                  onClick={() => onSelect(hit.id)}
                  style={{ width: '100%', textAlign: 'start' }}
                >
                  <span style={{ fontWeight: 500 }}>{hit.name}</span> <OrgUnitTypeTag unit={hit} />
                  {hit.gsoCode && <span> {hit.gsoCode}</span>}
                  {hit.path.length > 0 && (
                    <span style={{ display: 'block', fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
                      {hit.path.join(' › ')}
                    </span>
                  )}
                </button>
              </List.Item>
            )}
          />
        </section>
      )}
    </search>
  );
}
