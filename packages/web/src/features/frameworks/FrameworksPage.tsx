import { DiffOutlined, UploadOutlined } from '@ant-design/icons';
import type { FrameworkSummary } from '@xaso/domain/contracts/frameworks';
import { Button, Card, Flex, Grid, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '../../components/QueryError.tsx';
import { vi } from '../../i18n/vi.ts';
import { compareVi, formatDate } from '../../lib/format.ts';
import { useCan } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useFrameworks } from './api/list-frameworks.ts';
import { ImportFrameworkModal } from './components/ImportFrameworkModal.tsx';
import { FrameworkKindTag } from './components/ProvenanceTag.tsx';
import { legalBasisText, yearsText } from './format-framework.ts';

export default function FrameworksPage() {
  usePageTitle(vi.frameworks.title);
  const canManage = useCan('framework:manage');
  const [importing, setImporting] = useState(false);
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const isPhone = Grid.useBreakpoint().md === false;
  const t = vi.frameworks;

  const columns: TableProps<FrameworkSummary>['columns'] = [
    {
      title: t.name,
      key: 'title',
      sorter: (a, b) => compareVi(a.title, b.title),
      render: (_, f) => (
        <>
          <Link to={`/frameworks/${f.id}`}>{f.title}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {f.id}
            {/* On a phone the other columns are hidden; the essentials show here. */}
            {isPhone && ` · ${t.kinds[f.kind]} · ${legalBasisText(f.legalBasis)} · ${yearsText(f.years)}`}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t.kind,
      dataIndex: 'kind',
      responsive: ['md'],
      render: (kind: FrameworkSummary['kind']) => <FrameworkKindTag kind={kind} />,
    },
    {
      title: t.legalBasis,
      key: 'basis',
      responsive: ['md'],
      render: (_, f) => (
        <Tooltip title={f.legalBasis.issuer}>
          <span>{legalBasisText(f.legalBasis)}</span>
        </Tooltip>
      ),
    },
    {
      title: t.years,
      key: 'years',
      responsive: ['md'],
      render: (_, f) => <span style={{ whiteSpace: 'nowrap' }}>{yearsText(f.years)}</span>,
    },
    { title: t.itemCount, dataIndex: 'itemCount', align: 'right', responsive: ['sm'] },
    {
      title: t.version,
      dataIndex: 'latestVersion',
      align: 'right',
      responsive: ['lg'],
      render: (version: number, f) => {
        const info = f.versions.find((v) => v.version === version);
        return (
          <Tooltip title={info ? t.importedAt(formatDate(info.importedAt), info.importedBy) : undefined}>
            <span>{version}</span>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button icon={<DiffOutlined />} onClick={() => navigate('/frameworks/compare')}>
            {t.compare}
          </Button>
          {canManage && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t.import}
            </Button>
          )}
        </Flex>
      </Flex>
      {frameworks.isError ? (
        <QueryError error={frameworks.error} onRetry={() => frameworks.refetch()} />
      ) : (
        <Table<FrameworkSummary>
          rowKey="id"
          columns={columns}
          dataSource={frameworks.data}
          loading={frameworks.isFetching}
          locale={{ emptyText: t.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          size="middle"
        />
      )}
      {canManage && <ImportFrameworkModal open={importing} onClose={() => setImporting(false)} />}
    </Card>
  );
}
