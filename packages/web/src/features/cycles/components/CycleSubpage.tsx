import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FullPageSpin } from '../../../components/FullPageSpin.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCycle } from '../api/get-cycle.ts';
import { cycleName } from '../cycle-name.ts';

type Texts = { title: string; pageTitle: (cycleName: string) => string; backToCycle: string; intro: string };

/**
 * The frame of a page that belongs to one cycle (its responsibility matrix, its classification): back to the
 * cycle, the page's title, the cycle's name and what the page is for; the page itself once the cycle is read.
 */
export function CycleSubpage({
  cycleId,
  texts,
  children,
}: {
  cycleId: string;
  texts: Texts;
  children: (cycle: Cycle) => ReactNode;
}) {
  const cycle = useCycle(cycleId);
  usePageTitle(cycle.data ? texts.pageTitle(cycleName(cycle.data)) : texts.title);
  if (cycle.isPending) return <FullPageSpin />;
  if (cycle.isError) return <QueryError error={cycle.error} onRetry={() => cycle.refetch()} />;
  return (
    <Card>
      <Link to={`/cycles/${cycleId}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {texts.backToCycle}
        </Button>
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
        {texts.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {cycleName(cycle.data)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{texts.intro}</Typography.Paragraph>
      {children(cycle.data)}
    </Card>
  );
}
