import { DisconnectOutlined, FileTextOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { Workspace, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { Alert, App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useUnlinkEvidence } from '../api/unlink-evidence.ts';
import { LinkEvidenceModal } from './LinkEvidenceModal.tsx';

interface Props {
  assessment: Workspace['assessment'];
  item: WorkspaceItem;
  canChange: boolean;
}

/** The documents that prove this item: open them, link more from the library, unlink. */
export function ItemEvidence({ assessment, item, canChange }: Props) {
  const [picking, setPicking] = useState(false);
  const unlink = useUnlinkEvidence();
  const { message } = App.useApp();

  return (
    <section aria-label={vi.workspace.evidence}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          <PaperClipOutlined /> {vi.workspace.evidence} ({item.evidence.length})
        </Typography.Title>
        {canChange && (
          <Button size="small" onClick={() => setPicking(true)}>
            {vi.workspace.linkEvidence}
          </Button>
        )}
      </Flex>
      {item.evidence.length === 0 && item.kind === 'criterion' && !item.exclusionReason && (
        <Alert type="warning" showIcon title={vi.workspace.noEvidenceWarning} style={{ marginBottom: 8 }} />
      )}
      {item.evidenceWarnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <Flex vertical gap={4}>
        {item.evidence.map((doc) => {
          const citation = vi.evidence.citationOf(doc.docNumber, formatDate(doc.docDate));
          return (
            <Flex
              key={doc.id}
              justify="space-between"
              align="start"
              gap={8}
              style={{ borderBottom: '1px solid #f0f0f0', paddingBlock: 6 }}
            >
              <Flex vertical style={{ minWidth: 0 }}>
                <a
                  href={`/api/evidence/${encodeURIComponent(doc.id)}/file`}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={vi.workspace.openEvidence(doc.fileName)}
                >
                  <FileTextOutlined /> {citation || doc.fileName}
                </a>
                {doc.summary && <Typography.Text>{doc.summary}</Typography.Text>}
                {citation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                    {doc.fileName}
                  </Typography.Text>
                )}
              </Flex>
              {canChange && (
                <Popconfirm
                  title={vi.workspace.unlinkConfirm(doc.fileName)}
                  okText={vi.workspace.unlink}
                  cancelText={vi.common.cancel}
                  onConfirm={() =>
                    unlink
                      .mutateAsync({ assessment, kind: item.kind, code: item.code, evidenceId: doc.id })
                      .then(() => message.success(vi.workspace.unlinked))
                      .catch((error: unknown) => message.error(errorMessage(error)))
                  }
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DisconnectOutlined />}
                    aria-label={`${vi.workspace.unlink}: ${doc.fileName}`}
                  >
                    {vi.workspace.unlink}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          );
        })}
      </Flex>
      {picking && <LinkEvidenceModal assessment={assessment} item={item} onClose={() => setPicking(false)} />}
    </section>
  );
}
