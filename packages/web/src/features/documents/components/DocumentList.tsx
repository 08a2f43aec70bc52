import { DownloadOutlined } from '@ant-design/icons';
import { DOCUMENT_KIND_LABELS, type GeneratedDocument } from '@xaso/domain/contracts/documents';
import { Button, Table, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { documentFileUrl } from '../api/documents.ts';

const t = vi.documents;
const STATUS_COLORS = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

const kb = (size: number | null) => (size === null ? '' : `${Math.max(1, Math.round(size / 1024))} KB`);

/** Every document made for the assessment: when, by whom, its hash (to prove what was filed), and the file. */
export function DocumentList({ items, loading }: { items: GeneratedDocument[]; loading: boolean }) {
  return (
    <Table<GeneratedDocument>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t.noDocuments }}
      columns={[
        {
          title: t.madeAt,
          dataIndex: 'createdAt',
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
            <>
              <div>{DOCUMENT_KIND_LABELS[d.kind]}</div>
              <Tag>{t.formats[d.format]}</Tag>
            </>
          ),
        },
        {
          title: t.status,
          key: 'status',
          render: (_, d) => (
            <>
              <Tag color={STATUS_COLORS[d.status]}>{t.statuses[d.status]}</Tag>
              {d.error && (
                <Typography.Text type="danger" style={{ display: 'block', maxWidth: 260 }}>
                  {d.error}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t.hash,
          dataIndex: 'sha256',
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
        {
          title: '',
          key: 'download',
          render: (_, d) =>
            d.status === 'done' && (
              <a href={documentFileUrl(d.id)} download aria-label={`${t.download}: ${d.fileName}`}>
                <Button size="small" icon={<DownloadOutlined />}>
                  {t.download}
                </Button>
              </a>
            ),
        },
      ]}
    />
  );
}
