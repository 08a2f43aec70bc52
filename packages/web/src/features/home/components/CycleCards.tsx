import {
  criteriaProgressText,
  PROGRESS_LABELS,
  type ProgressState,
  progressState,
} from '@xaso/domain/assessment/progress';
import type { assessmentSummarySchema } from '@xaso/domain/contracts/assessments';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import { Button, Card, Empty, Flex, List, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { z } from 'zod';
import { QueryError } from '../../../components/QueryError.tsx';
import { compareVi, formatDate } from '../../../lib/format.ts';
import { useCyclesAssessments, useOpenCycles } from '../api/home-data.ts';
import { homeMessages as m } from '../messages.ts';

type Row = z.infer<typeof assessmentSummarySchema>;
type CycleRows = { cycle: Cycle; rows: Row[] };

const STATE_COLORS: Record<ProgressState, string> = {
  not_started: 'default',
  in_progress: 'processing',
  submitted: 'success',
};
const daysUntil = (day: string) => dayjs(day).startOf('day').diff(dayjs().startOf('day'), 'day');
const stateOf = (row: Row) => progressState(row);

export function StateTag({ row }: { row: Row }) {
  const state = stateOf(row);
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {PROGRESS_LABELS[state]}
    </Tag>
  );
}

/** Loads the open cycles and their communes' rows, then hands them to `children` once all are in. */
function WithCycles({ children }: { children: (cycles: CycleRows[]) => React.ReactNode }) {
  const cycles = useOpenCycles();
  const lists = useCyclesAssessments((cycles.data ?? []).map((c) => c.id));
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />;
  const failed = lists.find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  if (cycles.isPending || lists.some((q) => q.isPending)) return <Skeleton active />;
  if (cycles.data.length === 0) return <Empty description={m.noOpenCycles} />;
  const sorted = [...cycles.data].sort((a, b) =>
    a.deadlines.selfAssessment.localeCompare(b.deadlines.selfAssessment),
  );
  return children(
    sorted.map((cycle) => ({
      cycle,
      rows: lists[cycles.data.indexOf(cycle)]?.data ?? [],
    })),
  );
}

/** The commune: its own assessment in each open cycle, what is entered, its last day, whether it was reopened. */
export function CommuneTasks() {
  return (
    <WithCycles>
      {(cycles) => (
        <Flex vertical gap={12}>
          {cycles.flatMap(({ cycle, rows }) =>
            rows.map((row) => {
              const state = stateOf(row);
              const met = criteriaProgressText({ state, ...row });
              const reopened = state !== 'submitted' && row.deadline > cycle.deadlines.selfAssessment;
              return (
                <Card
                  key={`${cycle.id}:${row.commune.id}`}
                  size="small"
                  title={`${m.cycleTitle(cycle.year, cycle.round)} — ${row.commune.name}`}
                >
                  <Flex vertical gap={6} align="start">
                    <Space wrap size={[8, 4]}>
                      <StateTag row={row} />
                      <Typography.Text>{m.entered(row.itemsEntered)}</Typography.Text>
                      {met && <Typography.Text>{met}</Typography.Text>}
                    </Space>
                    {state === 'submitted' ? (
                      <Typography.Text type="secondary">
                        {m.submittedOn(formatDate(row.submittedAt))}
                      </Typography.Text>
                    ) : reopened ? (
                      <Typography.Text type="warning">{m.returned(formatDate(row.deadline))}</Typography.Text>
                    ) : row.editable ? (
                      <Typography.Text type={daysUntil(row.deadline) <= 14 ? 'warning' : 'secondary'}>
                        {m.deadline(formatDate(row.deadline), daysUntil(row.deadline))}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="danger">{m.locked}</Typography.Text>
                    )}
                    <Link to={`/cycles/${cycle.id}/communes/${row.commune.id}`}>
                      <Button type="primary" size="small" tabIndex={-1}>
                        {m.openWorkspace}
                      </Button>
                    </Link>
                  </Flex>
                </Card>
              );
            }),
          )}
        </Flex>
      )}
    </WithCycles>
  );
}

/** The office: per open cycle, how many communes sent, are entering, have not started; deadlines within 14 days. */
export function OfficeOverview() {
  return (
    <WithCycles>
      {(cycles) => {
        const dueSoon = cycles.filter(({ cycle }) => {
          const days = daysUntil(cycle.deadlines.selfAssessment);
          return days >= 0 && days <= 14;
        });
        return (
          <Flex vertical gap={12}>
            {cycles.map(({ cycle, rows }) => {
              const count = (s: ProgressState) => rows.filter((r) => stateOf(r) === s).length;
              return (
                <Card
                  key={cycle.id}
                  size="small"
                  title={`${m.cycleTitle(cycle.year, cycle.round)} — ${cycle.scope.name}`}
                >
                  <Flex vertical gap={6} align="start">
                    <Typography.Text>
                      {m.officeCounts(count('submitted'), count('in_progress'), count('not_started'))}
                    </Typography.Text>
                    <Link to={`/cycles/${cycle.id}`}>{m.openCycle}</Link>
                  </Flex>
                </Card>
              );
            })}
            <Typography.Title level={3} style={{ fontSize: 16, margin: '8px 0 0' }}>
              {m.dueSoonTitle}
            </Typography.Title>
            {dueSoon.length === 0 ? (
              <Typography.Text type="secondary">{m.noneDueSoon}</Typography.Text>
            ) : (
              <List
                dataSource={dueSoon}
                rowKey={({ cycle }) => cycle.id}
                renderItem={({ cycle, rows }) => (
                  <List.Item>
                    <Link
                      to={`/cycles/${cycle.id}`}
                    >{`${m.cycleTitle(cycle.year, cycle.round)} — ${cycle.scope.name}`}</Link>
                    <Typography.Text>
                      {m.dueSoon(
                        formatDate(cycle.deadlines.selfAssessment),
                        daysUntil(cycle.deadlines.selfAssessment),
                        rows.filter((r) => r.status !== 'submitted').length,
                      )}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </Flex>
        );
      }}
    </WithCycles>
  );
}

/** A steering member: the communes of its area in each open cycle, with their status and criteria met. */
export function AreaProgress() {
  return (
    <WithCycles>
      {(cycles) => (
        <Flex vertical gap={12}>
          {cycles.map(({ cycle, rows }) => (
            <Card
              key={cycle.id}
              size="small"
              title={`${m.cycleTitle(cycle.year, cycle.round)} — ${cycle.scope.name}`}
            >
              <List
                size="small"
                dataSource={[...rows].sort((a, b) => compareVi(a.commune.name, b.commune.name))}
                rowKey={(r) => r.commune.id}
                renderItem={(row) => (
                  <List.Item>
                    <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                      <Link to={`/cycles/${cycle.id}/communes/${row.commune.id}`}>{row.commune.name}</Link>
                      <Space size={8} wrap>
                        <StateTag row={row} />
                        <Typography.Text type="secondary">
                          {criteriaProgressText({ state: stateOf(row), ...row }) ?? m.noProgress}
                        </Typography.Text>
                      </Space>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          ))}
        </Flex>
      )}
    </WithCycles>
  );
}
