import { ArrowLeftOutlined } from '@ant-design/icons';
import { compareFrameworks } from '@xaso/domain/framework/compare';
import { Alert, Card, Flex, Switch, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { vi } from '../../i18n/vi.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useFramework } from './api/get-framework.ts';
import { useFrameworks } from './api/list-frameworks.ts';
import { ComparisonTable } from './components/ComparisonTable.tsx';
import {
  FrameworkPicker,
  type FrameworkRef,
  frameworkRefText,
  parseFrameworkRef,
} from './components/FrameworkPicker.tsx';
import './framework-print.css';

export default function CompareFrameworksPage() {
  usePageTitle(vi.frameworks.compareTitle);
  const t = vi.frameworks;
  const [params, setParams] = useSearchParams();
  const leftRef = parseFrameworkRef(params.get('left'));
  const rightRef = parseFrameworkRef(params.get('right'));
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const switchId = useId();
  const frameworks = useFrameworks();
  const left = useFramework(leftRef?.id, leftRef?.version);
  const right = useFramework(rightRef?.id, rightRef?.version);

  const comparison = useMemo(
    () => (left.data && right.data ? compareFrameworks(left.data.framework, right.data.framework) : null),
    [left.data, right.data],
  );

  const pick = (side: 'left' | 'right', ref: FrameworkRef) => {
    const next = new URLSearchParams(params);
    next.set(side, frameworkRefText(ref));
    setParams(next, { replace: true });
  };
  const sideLabel = (detail: typeof left.data) =>
    detail ? `${detail.framework.id} · ${t.versionLabel(detail.version.version)}` : '';

  if (frameworks.isPending) return <FullPageSpin />;
  if (frameworks.isError) return <QueryError error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  const failed = left.isError ? left : right.isError ? right : null;
  const rows = comparison?.rows.filter((row) => !onlyDifferences || row.status !== 'same') ?? [];

  return (
    <Card>
      <Link to="/frameworks" className="xaso-no-print">
        <ArrowLeftOutlined /> {t.back}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '12px 0' }}>
        {t.compareTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.compareHint}</Typography.Paragraph>
      <Flex gap={16} wrap style={{ marginBottom: 16 }}>
        <FrameworkPicker
          label={t.leftSide}
          frameworks={frameworks.data}
          value={leftRef}
          onChange={(ref) => pick('left', ref)}
        />
        <FrameworkPicker
          label={t.rightSide}
          frameworks={frameworks.data}
          value={rightRef}
          onChange={(ref) => pick('right', ref)}
        />
      </Flex>
      {failed?.isError && <QueryError error={failed.error} onRetry={() => failed.refetch()} />}
      {comparison && left.data && right.data && (
        <>
          <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
            <Alert
              type="info"
              showIcon
              role="status"
              title={t.counts(
                comparison.counts.added,
                comparison.counts.removed,
                comparison.counts.changed,
                comparison.counts.same,
              )}
              description={
                comparison.yearPairs.length > 0 &&
                t.comparedYears(
                  comparison.yearPairs
                    .map((pair) => (pair.left === pair.right ? pair.left : `${pair.left} → ${pair.right}`))
                    .join(', '),
                )
              }
            />
            <Flex align="center" gap={8}>
              <Switch id={switchId} checked={onlyDifferences} onChange={setOnlyDifferences} />
              <label htmlFor={switchId} style={{ cursor: 'pointer' }}>
                {t.onlyDifferences}
              </label>
            </Flex>
          </Flex>
          <ComparisonTable
            rows={rows}
            left={left.data.framework}
            right={right.data.framework}
            leftLabel={sideLabel(left.data)}
            rightLabel={sideLabel(right.data)}
          />
        </>
      )}
    </Card>
  );
}
