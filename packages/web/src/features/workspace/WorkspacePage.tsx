import { ArrowLeftOutlined, FileTextOutlined, FolderOpenOutlined } from '@ant-design/icons';
import {
  criteriaProgressText,
  deadlineText,
  entryCounts,
  itemsEntered,
  PROGRESS_LABELS,
  progressState,
} from '@xaso/domain/assessment/progress';
import { lastDay } from '@xaso/domain/assessment/workflow';
import type { Workspace, WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { describeTarget } from '@xaso/domain/framework/target-text';
import { formatPointsVi } from '@xaso/domain/scoring/format';
import {
  Alert,
  Button,
  Card,
  Drawer,
  Flex,
  Grid,
  Progress,
  Result,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { useCan } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useWorkspace } from './api/get-workspace.ts';
import { ItemList } from './components/ItemList.tsx';
import { RegistrationNote } from './components/RegistrationNote.tsx';
import { SubmitActions } from './components/SubmitActions.tsx';
import { readDraft } from './draft-store.ts';
import { itemKey } from './item-values.ts';
import { progressMessages } from './progress-messages.ts';

// An opened item's form (Select, Radio, number and date inputs) and evidence (the picker) load apart from the
// page, ~45 KB brotli that a phone on a weak network would otherwise wait for before seeing the list; they are
// fetched once the page has shown (usePreloadItemDetails), or at once when a link opens an item.
const loadItemForm = () => import('./components/ItemForm.tsx');
const loadItemEvidence = () => import('./components/ItemEvidence.tsx');
const ItemForm = lazy(() => loadItemForm().then((m) => ({ default: m.ItemForm })));
const ItemEvidence = lazy(() => loadItemEvidence().then((m) => ({ default: m.ItemEvidence })));
// The support request of a criterion (issue 12): its own chunk, shown when it arrives, not holding up the form.
const SupportRequestPanel = lazy(() => import('../support/components/SupportRequestPanel.tsx'));

function usePreloadItemDetails() {
  useEffect(() => {
    const preload = () => {
      // A failure shows when an item is opened (the drawer's import fails there too, with its error).
      loadItemForm().catch(() => undefined);
      loadItemEvidence().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(preload);
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(preload, 500);
    return () => window.clearTimeout(id);
  }, []);
}

function ReadOnlyReason({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { assessment } = workspace;
  if (assessment.editable && canEdit) return null;
  const text = !canEdit
    ? vi.workspace.readOnlyRole
    : assessment.status === 'submitted'
      ? vi.workspace.readOnlySubmitted(formatDate(assessment.submittedAt))
      : vi.workspace.readOnlyDeadline(formatDate(lastDay(assessment)));
  return <Alert type={canEdit ? 'warning' : 'info'} showIcon title={text} />;
}

function Summary({ workspace }: { workspace: Workspace }) {
  const { summary } = workspace;
  const percent = summary.criteriaTotal ? Math.round((summary.criteriaMet / summary.criteriaTotal) * 100) : 0;
  const counts = entryCounts(workspace.items);
  const state = progressState({
    status: workspace.assessment.status,
    itemsEntered: itemsEntered(workspace.items),
  });
  // Criteria and indicators are said apart: "Đạt 3/37 … 85 chưa nhập" mixed 37 criteria with 56 indicators.
  const line = [
    progressMessages.criteriaLine(
      criteriaProgressText({ state, criteriaMet: summary.criteriaMet, criteriaTotal: summary.criteriaTotal }),
      counts.criteria,
    ),
    ...(counts.indicators.total > 0 ? [progressMessages.indicatorsLine(counts.indicators)] : []),
  ].join('. ');
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {line}
      </Typography.Text>
      <Progress percent={percent} aria-label={line} />
      {summary.indexPoints !== null && (
        <Typography.Text type="secondary">
          {summary.indexMaxPoints !== null
            ? vi.workspace.indexPoints(
                formatPointsVi(summary.indexPoints),
                formatPointsVi(summary.indexMaxPoints),
              )
            : vi.workspace.indexPointsNoMax(formatPointsVi(summary.indexPoints))}
        </Typography.Text>
      )}
    </Flex>
  );
}

function ItemDrawer({
  workspace,
  item,
  editable,
  canLink,
  onClose,
}: {
  workspace: Workspace;
  item: WorkspaceItem | undefined;
  editable: boolean;
  canLink: boolean;
  onClose: () => void;
}) {
  const isPhone = Grid.useBreakpoint().md === false;
  const year = workspace.assessment.year;
  return (
    <Drawer
      open={item !== undefined}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      destroyOnHidden
      title={
        item &&
        (item.kind === 'criterion'
          ? vi.workspace.itemTitle(item.code)
          : vi.workspace.indicatorTitle(item.code))
      }
      styles={{ body: { paddingBottom: 0 } }}
    >
      {item && (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
              {item.name}
            </Typography.Title>
            <Space wrap size={[8, 4]}>
              {item.kind === 'criterion' && (
                <Tag color="blue">
                  {item.target
                    ? vi.workspace.targetOf(year, describeTarget(item.target, item))
                    : vi.workspace.noTarget}
                </Tag>
              )}
              {item.unit && <Tag>{vi.workspace.unitOf(item.unit)}</Tag>}
              {item.kind === 'indicator' && (
                <Tag>
                  {item.maxPoints !== null
                    ? vi.workspace.maxPointsOf(formatPointsVi(item.maxPoints))
                    : vi.workspace.pointsUnknownMax}
                </Tag>
              )}
            </Space>
          </div>
          {item.exclusionReason && (
            <Alert type="info" showIcon title={vi.workspace.notApplicable(item.exclusionReason)} />
          )}
          <Suspense fallback={<FullPageSpin />}>
            <ItemForm key={itemKey(item)} workspace={workspace} item={item} editable={editable} />
            <ItemEvidence assessment={workspace.assessment} item={item} canChange={canLink && editable} />
          </Suspense>
          <Suspense fallback={null}>
            <SupportRequestPanel
              cycleId={workspace.assessment.cycleId}
              communeId={workspace.assessment.commune.id}
              item={item}
            />
          </Suspense>
        </Flex>
      )}
    </Drawer>
  );
}

function WorkspaceView({ cycleId, communeId }: { cycleId: string; communeId: string }) {
  const query = useWorkspace(cycleId, communeId);
  usePreloadItemDetails();
  // The item lists follow the heading in a deferred render, which React does in slices that leave the phone
  // free to respond: in the same pass as the heading they made one long task (~300 ms on a mid-range phone,
  // Lighthouse) before anything showed. Until then the lists show a spinner.
  const listedItems = useDeferredValue(query.data?.items);
  const canEdit = useCan('assessment:edit');
  const canSubmit = useCan('assessment:submit');
  const canLink = useCan('evidence:manage');
  const [params, setParams] = useSearchParams();
  const selected = params.get('item');
  const workspace = query.data;
  usePageTitle(
    workspace
      ? vi.workspace.heading(workspace.assessment.commune.name, workspace.assessment.year)
      : vi.workspace.title,
  );

  if (query.isPending) return <FullPageSpin />;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) {
      return <Result status="404" title="404" subTitle={errorMessage(query.error)} />;
    }
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const ws = query.data;
  const { assessment } = ws;
  const editable = assessment.editable && canEdit;
  const state = progressState({ status: assessment.status, itemsEntered: itemsEntered(ws.items) });
  const criteria = ws.items.filter((i) => i.kind === 'criterion');
  const indicators = ws.items.filter((i) => i.kind === 'indicator');
  const selectedItem = ws.items.find((i) => itemKey(i) === selected);
  const draftKeys = new Set(
    editable ? ws.items.map(itemKey).filter((key) => readDraft(assessment.id, key) !== null) : [],
  );
  const open = (item: WorkspaceItem) =>
    setParams((p) => {
      p.set('item', itemKey(item));
      return p;
    });
  const close = () =>
    setParams((p) => {
      p.delete('item');
      return p;
    });
  const list = (kind: WorkspaceItem['kind']) =>
    listedItems === undefined ? (
      <FullPageSpin />
    ) : (
      <ItemList
        items={listedItems.filter((i) => i.kind === kind)}
        year={assessment.year}
        selectedKey={selected}
        draftKeys={draftKeys}
        onOpen={open}
      />
    );

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Link to={`/cycles/${cycleId}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {vi.workspace.backToCycle}
        </Button>
      </Link>
      <Flex justify="space-between" align="start" gap={12} wrap style={{ margin: '8px 0 12px' }}>
        <Flex vertical gap={4}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {vi.workspace.heading(assessment.commune.name, assessment.year)}
          </Typography.Title>
          <Space wrap size={[8, 4]}>
            <Tag
              color={state === 'submitted' ? 'success' : state === 'in_progress' ? 'processing' : 'default'}
            >
              {PROGRESS_LABELS[state]}
            </Tag>
            <Typography.Text type="secondary">
              {deadlineText({
                deadline: formatDate(assessment.deadline),
                reopenedUntil: assessment.reopenedUntil ? formatDate(assessment.reopenedUntil) : null,
              })}
            </Typography.Text>
            {assessment.submittedAt && (
              <Typography.Text type="secondary">
                {vi.workspace.submittedOn(formatDate(assessment.submittedAt), assessment.submittedBy)}
              </Typography.Text>
            )}
          </Space>
        </Flex>
        <Space wrap>
          <Link to={`/cycles/${cycleId}/communes/${communeId}/documents`}>
            <Button icon={<FileTextOutlined />}>{vi.documents.open}</Button>
          </Link>
          {/* Everyone who reads the assessment may read its evidence (the library is read-only for them). */}
          <Link to={`/communes/${communeId}/evidence`}>
            <Button icon={<FolderOpenOutlined />}>{vi.workspace.evidenceLibrary}</Button>
          </Link>
          {canSubmit && <SubmitActions workspace={ws} />}
        </Space>
      </Flex>
      <Flex vertical gap={12}>
        <ReadOnlyReason workspace={ws} canEdit={canEdit} />
        <RegistrationNote workspace={ws} editable={editable} />
        <Summary workspace={ws} />
        {indicators.length > 0 ? (
          <Tabs
            defaultActiveKey={selectedItem?.kind === 'indicator' ? 'indicators' : 'criteria'}
            items={[
              {
                key: 'criteria',
                label: vi.workspace.criteriaTab(criteria.length),
                children: list('criterion'),
              },
              {
                key: 'indicators',
                label: vi.workspace.indicatorsTab(indicators.length),
                children: list('indicator'),
              },
            ]}
          />
        ) : (
          list('criterion')
        )}
      </Flex>
      <ItemDrawer workspace={ws} item={selectedItem} editable={editable} canLink={canLink} onClose={close} />
    </Card>
  );
}

export default function WorkspacePage() {
  const { cycleId = '', communeId = '' } = useParams();
  return (
    <RequireAction action="assessment:read">
      <WorkspaceView cycleId={cycleId} communeId={communeId} />
    </RequireAction>
  );
}
