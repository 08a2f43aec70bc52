import type { FrameworkSummary } from '@xaso/domain/contracts/frameworks';
import { Flex, Select, Typography } from 'antd';
import { useId } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { compareVi } from '../../../lib/format.ts';
import { versionOptions } from '../format-framework.ts';

export interface FrameworkRef {
  id: string;
  /** Undefined: the latest version. */
  version?: number;
}

/** "qd-1829-2023@2" ⇄ {id, version}; a bare id means the latest version. */
export function parseFrameworkRef(text: string | null): FrameworkRef | null {
  const match = /^([a-z0-9-]+)(?:@(\d+))?$/.exec(text ?? '');
  if (!match?.[1]) return null;
  return { id: match[1], version: match[2] ? Number(match[2]) : undefined };
}

export function frameworkRefText(ref: FrameworkRef): string {
  return ref.version === undefined ? ref.id : `${ref.id}@${ref.version}`;
}

/** Picks one framework and one of its versions, for one side of a comparison. */
export function FrameworkPicker(props: {
  label: string;
  frameworks: FrameworkSummary[];
  value: FrameworkRef | null;
  onChange: (value: FrameworkRef) => void;
}) {
  const { label, frameworks, value, onChange } = props;
  const labelId = useId();
  const selected = frameworks.find((f) => f.id === value?.id);
  const LATEST = 0;
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
      <Typography.Text strong id={labelId}>
        {label}
      </Typography.Text>
      <Flex gap={8} wrap>
        <Select<string>
          aria-labelledby={labelId}
          placeholder={vi.frameworks.pickFramework}
          value={value?.id}
          showSearch={{ optionFilterProp: 'label' }}
          options={[...frameworks]
            .sort((a, b) => compareVi(a.title, b.title))
            .map((f) => ({ value: f.id, label: `${f.title} (${f.id})` }))}
          onChange={(id) => onChange({ id })}
          style={{ flex: '1 1 220px', minWidth: 0 }}
          popupMatchSelectWidth={false}
        />
        <Select<number>
          aria-label={`${label}: ${vi.frameworks.pickVersion}`}
          disabled={!selected}
          value={value?.version ?? LATEST}
          options={[
            { value: LATEST, label: vi.frameworks.latestVersion(selected?.latestVersion ?? 1) },
            ...versionOptions(selected?.versions ?? []),
          ]}
          onChange={(version) => value && onChange({ id: value.id, version: version || undefined })}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
        />
      </Flex>
    </Flex>
  );
}
