import type { Provenance } from '@xaso/domain/framework/schema';
import { Tag, Tooltip } from 'antd';
import { vi } from '../../../i18n/vi.ts';

// Dark enough for white text (antd's light green and gold presets fail the contrast check).
const colors: Record<Provenance['status'], string> = {
  confirmed: '#237804',
  inferred: '#ad4e00',
  unknown: 'default',
};

/** Whether a figure was read from a document or inferred; the document itself in the tooltip (and in print). */
export function ProvenanceTag({ provenance }: { provenance: Provenance }) {
  const source = provenance.note ? `${provenance.source}. ${provenance.note}` : provenance.source;
  return (
    <Tooltip title={source}>
      {/* Focusable so keyboard users can reach the tooltip. */}
      <Tag
        color={colors[provenance.status]}
        tabIndex={0}
        aria-description={source}
        style={{ cursor: 'help' }}
      >
        {vi.frameworks.provenanceStatus[provenance.status]}
      </Tag>
    </Tooltip>
  );
}

export function FrameworkKindTag({ kind }: { kind: 'criteria' | 'index' }) {
  return <Tag color={kind === 'criteria' ? 'blue' : 'purple'}>{vi.frameworks.kinds[kind]}</Tag>;
}
