import { VERDICT_LABELS, type Verdict } from '@xaso/domain/scoring/types';
import { Tag } from 'antd';
import { vi } from '../../../i18n/vi.ts';

const colors: Record<Verdict | 'scored', string> = {
  met: 'green',
  exceeded: 'cyan',
  not_met: 'red',
  not_assessed: 'default',
  not_applicable: 'default',
  scored: 'blue',
};

export function VerdictTag({ verdict }: { verdict: Verdict | 'scored' }) {
  return (
    <Tag color={colors[verdict]} style={{ marginInlineEnd: 0 }}>
      {verdict === 'scored' ? vi.workspace.scored : VERDICT_LABELS[verdict]}
    </Tag>
  );
}
