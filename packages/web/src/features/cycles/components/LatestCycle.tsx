import { Empty } from 'antd';
import { Navigate } from 'react-router';
import { FullPageSpin } from '../../../components/FullPageSpin.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useCycles } from '../api/list-cycles.ts';

/**
 * A menu entry that belongs to a cycle (the matrix, the classification) opens it for the latest cycle: an open
 * one first, then by year; the page itself links back to the cycle, where another can be picked.
 */
export function LatestCycle({ page, empty }: { page: 'responsibilities' | 'classification'; empty: string }) {
  const cycles = useCycles();
  if (cycles.isPending) return <FullPageSpin />;
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />;
  const latest = [...cycles.data].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') ||
      b.year - a.year ||
      b.createdAt.localeCompare(a.createdAt),
  )[0];
  if (!latest) return <Empty description={empty} style={{ marginTop: 48 }} />;
  return <Navigate to={`/cycles/${latest.id}/${page}`} replace />;
}
