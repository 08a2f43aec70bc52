import type { Evidence } from '@xaso/domain/contracts/evidence';
import { Alert, App, Modal, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDeleteEvidence } from '../api/delete-evidence.ts';
import { evidenceMessages as m } from '../messages.ts';

/**
 * Asks before deleting. A linked document names the items it would be unlinked from, and the button says so:
 * unlinking everywhere is never a side effect the user did not read.
 */
export function DeleteEvidenceModal({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const remove = useDeleteEvidence();
  const { message } = App.useApp();
  const linked = evidence.links.length > 0;
  const onOk = () =>
    remove.mutate(
      { evidenceId: evidence.id, communeId: evidence.communeId, unlinkEverywhere: linked },
      {
        onSuccess: () => {
          message.success(m.deleted(evidence.fileName));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={m.deleteTitle(evidence.fileName)}
      okText={linked ? m.deleteLinkedOk : m.delete}
      okButtonProps={{ danger: true }}
      cancelText={vi.common.cancel}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={remove.isPending}
    >
      {remove.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(remove.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Typography.Paragraph>
        {linked ? m.deleteLinked(evidence.links.length) : m.deleteUnlinked}
      </Typography.Paragraph>
      {linked && (
        <div>
          {evidence.links.map((link) => (
            <Tag key={`${link.assessmentId}:${link.kind}:${link.code}`}>
              {vi.evidence.linkLabel(link.year, link.code, link.kind === 'indicator')}
            </Tag>
          ))}
        </div>
      )}
    </Modal>
  );
}
