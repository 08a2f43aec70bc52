import type { Evidence } from '@xaso/domain/contracts/evidence';
import { Button, Grid, Modal, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { fileUrl, previewKind } from '../evidence-files.ts';

/** PDF in the browser's own viewer, images as they are; anything else is downloaded. */
export function PreviewModal({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const isPhone = Grid.useBreakpoint().md === false;
  const kind = previewKind(evidence.mediaType);
  return (
    <Modal
      open
      title={vi.evidence.previewTitle(evidence.fileName)}
      onCancel={onClose}
      width={isPhone ? '100%' : 960}
      style={isPhone ? { top: 0, paddingBottom: 0, maxWidth: '100vw' } : { top: 24 }}
      footer={[
        <a key="tab" href={fileUrl(evidence.id)} target="_blank" rel="noreferrer">
          <Button tabIndex={-1}>{vi.evidence.openInTab}</Button>
        </a>,
        <a key="download" href={fileUrl(evidence.id, true)}>
          <Button>{vi.evidence.download}</Button>
        </a>,
        <Button key="close" type="primary" onClick={onClose}>
          {vi.common.close}
        </Button>,
      ]}
    >
      {kind === 'pdf' && (
        <iframe
          title={evidence.fileName}
          src={fileUrl(evidence.id)}
          style={{ width: '100%', height: isPhone ? '70vh' : '75vh', border: 0 }}
        />
      )}
      {kind === 'image' && (
        <img
          src={fileUrl(evidence.id)}
          alt={evidence.summary ?? evidence.fileName}
          style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }}
        />
      )}
      {kind === null && <Typography.Paragraph>{vi.evidence.noPreview}</Typography.Paragraph>}
    </Modal>
  );
}
