import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { formatPointsVi } from '@xaso/domain/scoring/format';
import { Button, Card, Descriptions, Flex, Select, Space, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { vi } from '../../i18n/vi.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useFramework } from './api/get-framework.ts';
import { FrameworkTable } from './components/FrameworkTable.tsx';
import { FrameworkKindTag } from './components/ProvenanceTag.tsx';
import { legalBasisText, versionOptions, yearsText } from './format-framework.ts';
import './framework-print.css';

export default function FrameworkDetailPage() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('version'));
  const version = Number.isInteger(requested) && requested > 0 ? requested : undefined;
  const detail = useFramework(id, version);
  usePageTitle(detail.data?.framework.title ?? vi.frameworks.title);

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  const { framework, versions } = detail.data;
  const items = framework.groups.flatMap((group) => group.items);
  const latest = Math.max(...versions.map((v) => v.version));
  const knownPoints = items.reduce((sum, item) => sum + (item.maxPoints ?? 0), 0);

  return (
    <Card className="xaso-fw-page">
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        wrap
        className="xaso-no-print"
        style={{ marginBottom: 12 }}
      >
        <Link to="/frameworks">
          <ArrowLeftOutlined /> {vi.frameworks.back}
        </Link>
        <Space wrap>
          <Select<number>
            aria-label={vi.frameworks.versionSelect}
            value={detail.data.version.version}
            options={versionOptions(versions)}
            onChange={(value) => setParams(value === latest ? {} : { version: String(value) })}
            style={{ minWidth: 220 }}
            popupMatchSelectWidth={false}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {vi.frameworks.print}
          </Button>
        </Space>
      </Flex>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '0 0 12px' }}>
        {framework.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'basis',
            label: vi.frameworks.legalBasis,
            children: `${legalBasisText(framework.legalBasis)} — ${framework.legalBasis.issuer}`,
            span: { xs: 1, sm: 2, lg: 3 },
          },
          { key: 'kind', label: vi.frameworks.kind, children: <FrameworkKindTag kind={framework.kind} /> },
          {
            key: 'applies',
            label: vi.frameworks.appliesTo,
            children: vi.frameworks.appliesToLabels[framework.appliesTo],
          },
          { key: 'years', label: vi.frameworks.years, children: yearsText(framework.years) },
          {
            key: 'count',
            label: vi.frameworks.itemCount,
            children:
              framework.kind === 'index'
                ? `${items.length} (${vi.frameworks.totalPoints(formatPointsVi(knownPoints))})`
                : items.length,
          },
          {
            key: 'version',
            label: vi.frameworks.version,
            children: `${detail.data.version.version} — ${framework.id}`,
          },
        ]}
      />
      <FrameworkTable framework={framework} />
    </Card>
  );
}
