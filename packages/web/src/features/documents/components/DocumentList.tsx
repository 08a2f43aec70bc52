import { DownloadOutlined } from '@ant-design/icons';
import { DOCUMENT_KIND_LABELS, type GeneratedDocument } from '@xaso/domain/contracts/documents';
import { Button, Flex, Grid, Table, type TableProps, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { documentFileUrl } from '../api/documents.ts';

const t = vi.documents;
const STATUS_COLORS = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

const kb = (size: number | null) => (size === null ? '' : `${Math.max(1, Math.round(size / 1024))} KB`);

/**
 * Every document made for the assessment: when, by whom, its hash (to prove what was filed), and the file.
 * The table fits its container (no sideways scroll that hid the status and the download on a phone); on a
 * phone one column carries the kind, the status and the download, and the hash is left to wider screens.
 */
export function DocumentList({ items, loading }: { items: GeneratedDocument[]; loading: boolean }) {
  const isPhone = Grid.useBreakpoint().md === false;
  const status = (d: GeneratedDocument) => (
    <>
      <Tag color={STATUS_COLORS[d.status]}>{t.statuses[d.status]}</Tag>
      {d.error && (
        <Typography.Text type="danger" style={{ display: 'block', maxWidth: 260, whiteSpace: 'normal' }}>
          {d.error}
        </Typography.Text>
      )}
    </>
  );
  const download = (d: GeneratedDocument) =>
    d.status === 'done' && (
      <a href={documentFileUrl(d.id)} download aria-label={`${t.download}: ${d.fileName}`}>
        <Button size="small" icon={<DownloadOutlined />} tabIndex={-1}>
          {t.download}
        </Button>
      </a>
    );
  const columns: TableProps<GeneratedDocument>['columns'] = [
    {
      title: t.madeAt,
      dataIndex: 'createdAt',
      responsive: ['md'],
      render: (v: string, d) => (
        <>
          <div>{formatDateTime(v)}</div>
          <Typography.Text type="secondary">{d.createdBy}</Typography.Text>
        </>
      ),
    },
    {
      title: t.document,
      key: 'kind',
      render: (_, d) => (
        <Flex vertical gap={4} align="start">
          <div>{DOCUMENT_KIND_LABELS[d.kind]}</div>
          <Tag>{t.formats[d.format]}</Tag>
          {isPhone && (
            <>
              <Typography.Text type="secondary">
                {formatDateTime(d.createdAt)} · {d.createdBy}
              </Typography.Text>
              {status(d)}
              {download(d)}
            </>
          )}
        </Flex>
      ),
    },
    { title: t.status, key: 'status', responsive: ['md'], render: (_, d) => status(d) },
    {
      title: t.hash,
      dataIndex: 'sha256',
      responsive: ['lg'],
      render: (v: string | null, d) =>
        v && (
          <>
            <Typography.Text code copyable={{ text: v }} title={v}>
              {v.slice(0, 12)}…
            </Typography.Text>
            <Typography.Text type="secondary"> {kb(d.size)}</Typography.Text>
          </>
        ),
    },
    { title: '', key: 'download', responsive: ['md'], render: (_, d) => download(d) },
  ];
  return (
    <Table<GeneratedDocument>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t.noDocuments }}
      columns={columns}
    />
  );
}
