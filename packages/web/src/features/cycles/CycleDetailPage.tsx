import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FolderOpenOutlined,
  LockOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import {
  criteriaProgressText,
  PROGRESS_LABELS,
  type ProgressState,
  progressState,
} from '@xaso/domain/assessment/progress';
import type { assessmentSummarySchema } from '@xaso/domain/contracts/assessments';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Grid,
  Progress,
  Space,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { compareVi, formatDate } from '../../lib/format.ts';
import { useCan } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CycleSteering } from '../responsibilities/components/CycleSteering.tsx';
import { useCloseCycle } from './api/close-cycle.ts';
import { useDeleteCycle } from './api/delete-cycle.ts';
import { useCycle } from './api/get-cycle.ts';
import { useAssessments } from './api/list-assessments.ts';
import { ReopenManyModal } from './components/ReopenManyModal.tsx';
import { ReopenModal } from './components/ReopenModal.tsx';
import { cycleMessages as m } from './messages.ts';

type Row = z.infer<typeof assessmentSummarySchema>;

// The status word comes from the shared vocabulary (domain assessment/progress.ts), as in the workspace.
const statusColors: Record<ProgressState, string> = {
  not_started: 'default',
  in_progress: 'processing',
  submitted: 'success',
};
const stateOf = (row: Row) => progressState(row);
const stateTag = (row: Row) => <Tag color={statusColors[stateOf(row)]}>{PROGRESS_LABELS[stateOf(row)]}</Tag>;
/** "Đạt 3/37 tiêu chí", or "—" before anything is entered (never "Đạt 0/0"). */
const progressText = (row: Row) => criteriaProgressText({ state: stateOf(row), ...row }) ?? '—';

function CycleHeader({ cycle }: { cycle: Cycle }) {
  const dates = cycle.deadlines;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
      items={[
        {
          key: 'criteria',
          label: vi.cycles.criteriaFramework,
          children: cycle.criteriaFramework.title,
          span: 'filled',
        },
        {
          key: 'index',
          label: vi.cycles.indexFramework,
          children: cycle.indexFramework?.title ?? vi.cycles.indexNone,
          span: 'filled',
        },
        { key: 'self', label: vi.cycles.selfAssessmentDeadline, children: formatDate(dates.selfAssessment) },
        { key: 'confirm', label: vi.cycles.confirmationDeadline, children: formatDate(dates.confirmation) },
        { key: 'dossier', label: vi.cycles.dossierDeadline, children: formatDate(dates.dossier) },
        ...(cycle.exclusions.length > 0
          ? [
              {
                key: 'exclusions',
                label: vi.cycles.exclusions,
                span: 'filled' as const,
                children: (
                  <Flex vertical>
                    {cycle.exclusions.map((e) => (
                      <span key={e.itemCode}>{vi.cycles.exclusionOf(e.itemCode, e.reason)}</span>
                    ))}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The office's actions on the whole cycle: edit, reopen many communes, close, delete (each confirmed). */
function CycleActions({ cycle, onReopenMany }: { cycle: Cycle; onReopenMany: () => void }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const close = useCloseCycle();
  const remove = useDeleteCycle();
  const open = cycle.status === 'open';
  const confirmClose = () =>
    modal.confirm({
      title: m.closeConfirmTitle,
      content: m.closeConfirm,
      okText: m.closeOk,
      cancelText: vi.common.cancel,
      onOk: () =>
        close
          .mutateAsync({ id: cycle.id, expectedVersion: cycle.version })
          .then(() => message.success(m.closed))
          .catch((error: unknown) => message.error(errorMessage(error))),
    });
  const confirmDelete = () =>
    modal.confirm({
      title: m.deleteConfirmTitle,
      content: m.deleteConfirm,
      okText: m.deleteOk,
      okButtonProps: { danger: true },
      cancelText: vi.common.cancel,
      onOk: () =>
        remove
          .mutateAsync(cycle.id)
          .then(() => {
            message.success(m.deleted);
            navigate('/cycles');
          })
          .catch((error: unknown) => message.error(errorMessage(error))),
    });
  return (
    <Space wrap size={8} style={{ marginBottom: 16 }}>
      {open && (
        <Link to={`/cycles/${cycle.id}/edit`}>
          <Button icon={<EditOutlined />}>{m.edit}</Button>
        </Link>
      )}
      {open && (
        <Button icon={<UnlockOutlined />} onClick={onReopenMany}>
          {m.reopenMany}
        </Button>
      )}
      {open && (
        <Button icon={<LockOutlined />} onClick={confirmClose}>
          {m.close}
        </Button>
      )}
      <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
        {m.delete}
      </Button>
    </Space>
  );
}

function CycleDetail({ id }: { id: string }) {
  const cycle = useCycle(id);
  const assessments = useAssessments(id);
  const canManage = useCan('cycle:manage');
  const isPhone = Grid.useBreakpoint().md === false;
  const [reopening, setReopening] = useState<Row | null>(null);
  const [reopeningMany, setReopeningMany] = useState(false);
  const title = cycle.data
    ? m.titleWithRound(vi.cycles.cycleTitle(cycle.data.year, cycle.data.scope.name), cycle.data.round)
    : vi.cycles.title;
  usePageTitle(title);

  if (cycle.isPending) return <FullPageSpin />;
  if (cycle.isError) return <QueryError error={cycle.error} onRetry={() => cycle.refetch()} />;
  const data = cycle.data;
  const closed = data.status === 'closed';
  // Per commune: one reopened until a later day is no longer late, whatever the cycle's deadline says.
  const overdue = (row: Row) => !closed && row.status !== 'submitted' && !row.editable;
  const reopenedUntil = (row: Row) =>
    !closed && row.deadline > data.deadlines.selfAssessment ? row.deadline : null;
  const rows = [...(assessments.data ?? [])].sort(
    (a, b) => Number(b.assigned) - Number(a.assigned) || compareVi(a.commune.name, b.commune.name),
  );
  const count = (state: ProgressState) => rows.filter((r) => stateOf(r) === state).length;

  const progress = (row: Row) => (
    <Flex vertical style={{ minWidth: isPhone ? 120 : 180 }}>
      <Typography.Text style={{ fontSize: 12 }}>{progressText(row)}</Typography.Text>
      <Progress
        percent={row.criteriaTotal ? Math.round((row.criteriaMet / row.criteriaTotal) * 100) : 0}
        size="small"
        showInfo={false}
        status={row.status === 'submitted' ? 'success' : 'normal'}
        aria-label={`${row.commune.name}: ${progressText(row)}`}
      />
    </Flex>
  );

  const columns: TableProps<Row>['columns'] = [
    {
      title: vi.cycles.commune,
      key: 'commune',
      render: (_, row) => (
        <Flex vertical gap={4} align="start">
          <Link to={`/cycles/${id}/communes/${row.commune.id}`}>{row.commune.name}</Link>
          <Space size={4} wrap>
            {!row.assigned && <Tag>{vi.cycles.notAssignedTag}</Tag>}
            {isPhone && stateTag(row)}
          </Space>
          {isPhone && progress(row)}
        </Flex>
      ),
    },
    {
      title: vi.cycles.status,
      key: 'status',
      responsive: ['md'],
      render: (_, row) => (
        <Space size={4} wrap>
          {stateTag(row)}
          {overdue(row) && <Tag color="red">{vi.cycles.overdue}</Tag>}
          {reopenedUntil(row) && <Tag color="green">{m.openUntil(formatDate(reopenedUntil(row)))}</Tag>}
        </Space>
      ),
    },
    { title: vi.cycles.progress, key: 'progress', responsive: ['md'], render: (_, row) => progress(row) },
    {
      title: vi.cycles.submittedAt,
      dataIndex: 'submittedAt',
      responsive: ['lg'],
      render: (at: string | null) => formatDate(at),
    },
    {
      title: vi.common.actions,
      key: 'actions',
      render: (_, row) => (
        <Space wrap size={4}>
          <Link to={`/cycles/${id}/communes/${row.commune.id}`}>
            {/* On a phone the commune's name is the link; the button keeps only its icon. */}
            <Button
              size="small"
              icon={<FolderOpenOutlined />}
              aria-label={isPhone ? `${vi.cycles.openWorkspace}: ${row.commune.name}` : undefined}
            >
              {isPhone ? null : vi.cycles.openWorkspace}
            </Button>
          </Link>
          {canManage && !closed && row.id && (row.status === 'submitted' || overdue(row)) && (
            <Button size="small" icon={<UnlockOutlined />} onClick={() => setReopening(row)}>
              {vi.cycles.reopen}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Link to="/cycles">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {vi.cycles.back}
        </Button>
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
        {title} {closed && <Tag>{m.closedTag}</Tag>}
      </Typography.Title>
      {closed && <Alert type="info" showIcon title={m.closedNotice} style={{ marginBottom: 16 }} />}
      {canManage && <CycleActions cycle={data} onReopenMany={() => setReopeningMany(true)} />}
      <CycleSteering cycleId={id} unassigned={data.unassignedCriteria} />
      <CycleHeader cycle={data} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '24px 0 12px' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {vi.cycles.chartTitle}
        </Typography.Title>
        {assessments.data && (
          <Typography.Text type="secondary">
            {vi.cycles.counts(count('submitted'), count('in_progress'), count('not_started'))}
          </Typography.Text>
        )}
      </Flex>
      {assessments.isError ? (
        <QueryError error={assessments.error} onRetry={() => assessments.refetch()} />
      ) : (
        <Table<Row>
          rowKey={(row) => row.commune.id}
          columns={columns}
          dataSource={rows}
          loading={assessments.isFetching}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          size="middle"
          scroll={{ x: 'max-content' }}
        />
      )}
      {reopeningMany && (
        <ReopenManyModal cycleId={id} communes={data.communes} onClose={() => setReopeningMany(false)} />
      )}
      {reopening?.id && (
        <ReopenModal
          cycleId={id}
          assessmentId={reopening.id}
          communeName={reopening.commune.name}
          onClose={() => setReopening(null)}
        />
      )}
    </Card>
  );
}

export default function CycleDetailPage() {
  const { id = '' } = useParams();
  return (
    <RequireAction action="cycle:read">
      <CycleDetail id={id} />
    </RequireAction>
  );
}
