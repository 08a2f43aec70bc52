import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import type { Workspace, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import type { Evidence } from '@xaso/domain/contracts/evidence';
import { searchKey } from '@xaso/domain/text';
import { App, Button, Empty, Flex, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError.tsx';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLinkEvidence } from '../api/link-evidence.ts';
import { useEvidenceLibrary } from '../api/list-evidence.ts';

interface Props {
  assessment: Workspace['assessment'];
  item: WorkspaceItem;
  onClose: () => void;
}

function matches(doc: Evidence, term: string): boolean {
  if (!term) return true;
  const text = [doc.docNumber, doc.summary, doc.issuer, doc.fileName].filter(Boolean).join(' ');
  return searchKey(text).includes(term);
}

/** Picks documents from the commune's library; one document may prove several items. */
export function LinkEvidenceModal({ assessment, item, onClose }: Props) {
  const library = useEvidenceLibrary(assessment.commune.id, true);
  const link = useLinkEvidence();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const linked = new Set(item.evidence.map((e) => e.id));
  const term = searchKey(search);
  const docs = (library.data ?? [])
    .filter((doc) => matches(doc, term))
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));

  const pick = (doc: Evidence) => {
    setPending(doc.id);
    link.mutate(
      { assessment, kind: item.kind, code: item.code, evidenceId: doc.id },
      {
        onSuccess: () => message.success(vi.workspace.linked),
        onError: (error) => message.error(errorMessage(error)),
        onSettled: () => setPending(null),
      },
    );
  };

  return (
    <Modal
      open
      title={vi.workspace.linkEvidenceTitle(item.code)}
      onCancel={onClose}
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <Link to={`/communes/${assessment.commune.id}/evidence`}>
            <Button>{vi.workspace.uploadMore}</Button>
          </Link>
          <Button type="primary" onClick={onClose}>
            {vi.workspace.close}
          </Button>
        </Flex>
      }
    >
      <Input.Search
        aria-label={vi.workspace.searchLibrary}
        placeholder={vi.workspace.searchLibrary}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {library.isError ? (
        <QueryError error={library.error} onRetry={() => library.refetch()} />
      ) : (
        <List<Evidence>
          loading={library.isPending}
          dataSource={docs}
          style={{ maxHeight: '55vh', overflowY: 'auto' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.workspace.libraryEmpty} />,
          }}
          renderItem={(doc) => {
            const already = linked.has(doc.id);
            return (
              <List.Item
                actions={[
                  <Button
                    key="pick"
                    size="small"
                    type={already ? 'default' : 'primary'}
                    icon={already ? <CheckOutlined /> : <LinkOutlined />}
                    disabled={already}
                    loading={pending === doc.id}
                    aria-label={`${vi.workspace.pick}: ${doc.fileName}`}
                    onClick={() => pick(doc)}
                  >
                    {already ? vi.workspace.alreadyLinked : vi.workspace.pick}
                  </Button>,
                ]}
              >
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text strong ellipsis>
                    {vi.evidence.citationOf(doc.docNumber, formatDate(doc.docDate)) || doc.fileName}
                  </Typography.Text>
                  {doc.summary && <Typography.Text>{doc.summary}</Typography.Text>}
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {doc.fileName}
                  </Typography.Text>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Modal>
  );
}
