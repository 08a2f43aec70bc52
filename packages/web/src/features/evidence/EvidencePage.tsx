import { DeleteOutlined, DownloadOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { Evidence } from '@xaso/domain/contracts/evidence';
import { searchKey } from '@xaso/domain/text';
import {
  Alert,
  Button,
  Card,
  Divider,
  Flex,
  Grid,
  Input,
  Space,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';
import { useCan } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCommune } from './api/get-commune.ts';
import { useEvidence } from './api/list-evidence.ts';
import { CitationModal } from './components/CitationModal.tsx';
import { DeleteEvidenceModal } from './components/DeleteEvidenceModal.tsx';
import { PreviewModal } from './components/PreviewModal.tsx';
import { UploadPanel } from './components/UploadPanel.tsx';
import { fileUrl, formatSize, previewKind } from './evidence-files.ts';
import { evidenceMessages } from './messages.ts';

type Dialog = { kind: 'preview' | 'citation' | 'delete'; evidence: Evidence } | null;

function LinkTags({ evidence }: { evidence: Evidence }) {
  if (evidence.links.length === 0)
    return <Typography.Text type="secondary">{vi.evidence.notLinked}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {[...evidence.links]
        .sort((a, b) => b.year - a.year || a.code.localeCompare(b.code, 'vi', { numeric: true }))
        .map((link) => (
          <Tag key={`${link.assessmentId}:${link.kind}:${link.code}`} style={{ marginInlineEnd: 0 }}>
            {vi.evidence.linkLabel(link.year, link.code, link.kind === 'indicator')}
          </Tag>
        ))}
    </Flex>
  );
}

function Library({ communeId }: { communeId: string }) {
  const commune = useCommune(communeId);
  const evidence = useEvidence(communeId);
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const isPhone = Grid.useBreakpoint().md === false;
  // Steering members and offices read the library to check the evidence; only the commune changes it.
  const canManage = useCan('evidence:manage');
  const heading = commune.data ? vi.evidence.heading(commune.data.name) : vi.evidence.title;
  usePageTitle(heading);

  const term = searchKey(search);
  const rows = (evidence.data ?? [])
    .filter(
      (e) =>
        !term ||
        searchKey([e.docNumber, e.summary, e.issuer, e.fileName].filter(Boolean).join(' ')).includes(term),
    )
    .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));

  const columns: TableProps<Evidence>['columns'] = [
    {
      title: vi.evidence.document,
      key: 'document',
      render: (_, e) => (
        <Flex vertical gap={2} style={{ maxWidth: isPhone ? 260 : 420, whiteSpace: 'normal' }}>
          <Typography.Text strong>
            {vi.evidence.citationOf(e.docNumber, formatDate(e.docDate)) || e.fileName}
          </Typography.Text>
          {e.issuer && <Typography.Text type="secondary">{e.issuer}</Typography.Text>}
          {e.summary && <Typography.Text>{e.summary}</Typography.Text>}
          {isPhone && (
            <>
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {e.fileName} · {formatSize(e.size)}
              </Typography.Text>
              <LinkTags evidence={e} />
            </>
          )}
        </Flex>
      ),
    },
    {
      title: vi.evidence.file,
      key: 'file',
      responsive: ['md'],
      render: (_, e) => (
        <Flex vertical style={{ maxWidth: 240, whiteSpace: 'normal' }}>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{e.fileName}</Typography.Text>
          <Typography.Text type="secondary">{formatSize(e.size)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: vi.evidence.links,
      key: 'links',
      responsive: ['md'],
      render: (_, e) => <LinkTags evidence={e} />,
    },
    {
      title: vi.evidence.uploadedAt,
      dataIndex: 'uploadedAt',
      responsive: ['lg'],
      render: (at: string) => formatDate(at),
    },
    {
      title: vi.common.actions,
      key: 'actions',
      render: (_, e) => (
        <Space wrap size={4} orientation={isPhone ? 'vertical' : 'horizontal'}>
          {previewKind(e.mediaType) ? (
            <Button
              size="small"
              icon={<EyeOutlined />}
              aria-label={`${vi.evidence.preview}: ${e.fileName}`}
              onClick={() => setDialog({ kind: 'preview', evidence: e })}
            >
              {vi.evidence.preview}
            </Button>
          ) : null}
          <a href={fileUrl(e.id, true)} aria-label={`${vi.evidence.download}: ${e.fileName}`}>
            <Button size="small" icon={<DownloadOutlined />} tabIndex={-1}>
              {vi.evidence.download}
            </Button>
          </a>
          {canManage && (
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`${vi.evidence.editCitation}: ${e.fileName}`}
              onClick={() => setDialog({ kind: 'citation', evidence: e })}
            >
              {vi.evidence.editCitation}
            </Button>
          )}
          {canManage && (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${evidenceMessages.delete}: ${e.fileName}`}
              onClick={() => setDialog({ kind: 'delete', evidence: e })}
            >
              {evidenceMessages.delete}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {heading}
      </Typography.Title>
      {canManage ? (
        <>
          <UploadPanel communeId={communeId} />
          <Divider />
        </>
      ) : (
        <Alert type="info" showIcon title={evidenceMessages.readOnly} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={vi.evidence.searchPlaceholder}
          placeholder={vi.evidence.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 420 }}
        />
        {evidence.data && (
          <Typography.Text type="secondary">{vi.evidence.total(evidence.data.length)}</Typography.Text>
        )}
      </Flex>
      {evidence.isError ? (
        <QueryError error={evidence.error} onRetry={() => evidence.refetch()} />
      ) : (
        <Table<Evidence>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={evidence.isFetching}
          locale={{ emptyText: vi.evidence.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          size="middle"
        />
      )}
      {dialog?.kind === 'preview' && (
        <PreviewModal evidence={dialog.evidence} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteEvidenceModal evidence={dialog.evidence} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'citation' && (
        <CitationModal evidence={dialog.evidence} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}

export default function EvidencePage() {
  const { communeId = '' } = useParams();
  return (
    <RequireAction action="assessment:read">
      <Library communeId={communeId} />
    </RequireAction>
  );
}
