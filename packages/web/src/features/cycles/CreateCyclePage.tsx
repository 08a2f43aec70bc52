import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  type CreateCycleRequest,
  type Cycle,
  createCycleRequestSchema,
  updateCycleRequestSchema,
} from '@xaso/domain/contracts/cycles';
import type { FrameworkSummary } from '@xaso/domain/contracts/frameworks';
import { pastDeadlineWarning } from '@xaso/domain/cycle/lifecycle';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../lib/components/ViDatePicker.tsx';
import { ViNumberInput, viNumberItem } from '../../lib/components/ViNumberInput.tsx';
import { applyFieldErrors } from '../../lib/form.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CycleProposal } from '../roadmap/components/CycleProposal.tsx';
import { useCreateCycle } from './api/create-cycle.ts';
import { useFrameworkOptions } from './api/list-frameworks.ts';
import { useOfficeAreas } from './api/office-areas.ts';
import { useUpdateCycle } from './api/update-cycle.ts';
import { CommunesField } from './components/CommunesField.tsx';
import { ExclusionRows } from './components/ExclusionRows.tsx';
import { cycleMessages as m } from './messages.ts';

interface FormValues {
  year: number;
  scopeId?: string;
  criteriaFrameworkId?: string;
  indexFrameworkId?: string | null;
  round?: string;
  /** ISO days, or the text of an impossible day ("31/02/2026") until it is corrected. */
  deadlines: { selfAssessment?: ViDateValue; confirmation?: ViDateValue; dossier?: ViDateValue };
  communeIds: string[];
  exclusions?: { itemCode?: string; reason?: string }[];
}

/** Thường Xuân's dates (seed 002, Điều 2): self-review by 15/02, confirmation 10/12, dossier 15/12. */
function defaultDeadlines(year: number): FormValues['deadlines'] {
  return {
    selfAssessment: `${year}-02-15`,
    confirmation: `${year}-12-10`,
    dossier: `${year}-12-15`,
  };
}

/** The contract's years: 1990 is refused with a message on the field, not turned into 2020. */
const YEAR = { min: 2020, max: 2100, integer: true, grouping: false };
const yearItem = viNumberItem(YEAR);

const isoDay = (value: ViDateValue | undefined) => (typeof value === 'string' ? value : '');

/** The units an office may open a cycle for: its own units, and the districts of a province. */
function useScopeOptions() {
  return useOfficeAreas().map((u) => ({ value: u.id, label: u.name }));
}

/** The form's values for a cycle being corrected: what it holds now. */
function valuesOf(cycle: Cycle): FormValues {
  return {
    year: cycle.year,
    scopeId: cycle.scope.id,
    criteriaFrameworkId: cycle.criteriaFramework.id,
    indexFrameworkId: cycle.indexFramework?.id ?? null,
    round: cycle.round ?? '',
    deadlines: {
      selfAssessment: cycle.deadlines.selfAssessment,
      confirmation: cycle.deadlines.confirmation,
      dossier: cycle.deadlines.dossier,
    },
    communeIds: cycle.communes.filter((c) => c.assigned).map((c) => c.id),
    exclusions: cycle.exclusions,
  };
}

/** Warns, without refusing, when a deadline is already past: a past year's cycle is legitimate. */
function PastDeadlineWarning() {
  const deadlines = Form.useWatch('deadlines') as FormValues['deadlines'] | undefined;
  const warning = pastDeadlineWarning(
    {
      selfAssessment: isoDay(deadlines?.selfAssessment),
      confirmation: isoDay(deadlines?.confirmation),
      dossier: isoDay(deadlines?.dossier),
    },
    dayjs().format('YYYY-MM-DD'),
  );
  return warning ? (
    <Alert type="warning" showIcon role="status" title={warning} style={{ marginBottom: 16 }} />
  ) : null;
}

/**
 * Opens a cycle, or corrects one (`editing`): the same form, with year, area and frameworks fixed once opened.
 * `onStale` reloads the cycle after another office user's edit (a 409).
 */
export function CycleForm({
  frameworks,
  editing,
  onStale,
}: {
  frameworks: FrameworkSummary[];
  editing?: Cycle;
  onStale?: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useCreateCycle();
  const update = useUpdateCycle(editing?.id ?? '');
  // The version the form's values came from: a refetch in the background (window focus) must not move it, or a
  // save would claim to have seen another user's edit and overwrite it.
  const [baseVersion] = useState(editing?.version ?? 0);
  const saving = editing ? update : create;
  const scopeOptions = useScopeOptions();
  const year = Form.useWatch('year', form);
  const scopeId = Form.useWatch('scopeId', form);
  const criteriaFrameworkId = Form.useWatch('criteriaFrameworkId', form);

  const forCommunes = frameworks.filter((f) => f.appliesTo === 'commune');
  const criteriaSets = forCommunes.filter((f) => f.kind === 'criteria');
  const indexes = forCommunes.filter((f) => f.kind === 'index');
  const frameworkOption = (f: (typeof forCommunes)[number]) => ({
    value: f.id,
    label: `${f.title} (${f.legalBasis.number}, ${vi.cycles.frameworkYears(f.years.join(', '))})`,
  });
  const chosen = criteriaSets.find((f) => f.id === criteriaFrameworkId);
  const yearMissing = chosen && typeof year === 'number' && !chosen.years.includes(year);

  const onValuesChange = (changed: Partial<FormValues>) => {
    const newYear = changed.year;
    if (typeof newYear === 'number' && newYear >= 2020 && newYear <= 2100) {
      form.setFieldValue('deadlines', defaultDeadlines(newYear));
      // Keep the chosen sets when they cover the new year; otherwise offer ones that do.
      const covers = (id: string | null | undefined) =>
        forCommunes.some((f) => f.id === id && f.years.includes(newYear));
      const criteriaId = form.getFieldValue('criteriaFrameworkId') as string | undefined;
      const covering = criteriaSets.find((f) => f.years.includes(newYear));
      if (!covers(criteriaId) && covering) form.setFieldValue('criteriaFrameworkId', covering.id);
      const indexId = form.getFieldValue('indexFrameworkId') as string | null | undefined;
      if (!covers(indexId))
        form.setFieldValue('indexFrameworkId', indexes.find((f) => f.years.includes(newYear))?.id ?? null);
    }
    if (changed.scopeId !== undefined) form.setFieldValue('communeIds', []);
    if (changed.criteriaFrameworkId !== undefined) form.setFieldValue('exclusions', []);
  };

  const onFinish = (values: FormValues) => {
    if (editing) return save(values, editing);
    const request = {
      year: values.year,
      scopeId: values.scopeId ?? '',
      criteriaFrameworkId: values.criteriaFrameworkId ?? '',
      indexFrameworkId: values.indexFrameworkId ?? null,
      round: values.round ?? null,
      deadlines: {
        selfAssessment: isoDay(values.deadlines.selfAssessment),
        confirmation: isoDay(values.deadlines.confirmation),
        dossier: isoDay(values.deadlines.dossier),
      },
      communeIds: values.communeIds ?? [],
      exclusions: (values.exclusions ?? []).map((e) => ({
        itemCode: e.itemCode ?? '',
        reason: e.reason ?? '',
      })),
    };
    // The same schema the server uses, so a mistake shows next to its field before anything is sent.
    const parsed = createCycleRequestSchema.safeParse(request);
    if (!parsed.success) return showIssues(parsed.error.issues);
    create.mutate(parsed.data satisfies CreateCycleRequest, {
      onSuccess: (cycle) => {
        message.success(vi.cycles.created(cycle.year));
        navigate(`/cycles/${cycle.id}`);
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  };

  const showIssues = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) =>
    form.setFields(issues.map((issue) => ({ name: issue.path as never, errors: [issue.message] })));

  const save = (values: FormValues, cycle: Cycle) => {
    const parsed = updateCycleRequestSchema.safeParse({
      round: values.round ?? null,
      deadlines: {
        selfAssessment: isoDay(values.deadlines.selfAssessment),
        confirmation: isoDay(values.deadlines.confirmation),
        dossier: isoDay(values.deadlines.dossier),
      },
      communeIds: values.communeIds ?? [],
      exclusions: (values.exclusions ?? []).map((e) => ({
        itemCode: e.itemCode ?? '',
        reason: e.reason ?? '',
      })),
      expectedVersion: baseVersion,
    });
    if (!parsed.success) return showIssues(parsed.error.issues);
    update.mutate(
      { id: cycle.id, body: parsed.data },
      {
        onSuccess: () => {
          message.success(m.saved);
          navigate(`/cycles/${cycle.id}`);
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const stale = editing && isApiError(update.error, 'CONFLICT');
  const initialYear = dayjs().year();
  const defaultCriteria = criteriaSets.find((f) => f.years.includes(initialYear)) ?? criteriaSets[0];
  const defaultIndex = indexes.find((f) => f.years.includes(initialYear));

  return (
    <Card>
      <Link to="/cycles">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {vi.cycles.back}
        </Button>
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
        {editing
          ? m.editTitle(
              m.titleWithRound(vi.cycles.cycleTitle(editing.year, editing.scope.name), editing.round),
            )
          : vi.cycles.createTitle}
      </Typography.Title>
      {saving.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={stale ? m.stale : errorMessage(saving.error)}
          description={stale ? errorMessage(saving.error) : undefined}
          action={stale && onStale ? <Button onClick={onStale}>{m.reload}</Button> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {editing && <Typography.Paragraph type="secondary">{m.fixedWhenOpen}</Typography.Paragraph>}
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="create-cycle"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={
          editing
            ? valuesOf(editing)
            : {
                year: initialYear,
                scopeId: scopeOptions[0]?.value,
                deadlines: defaultDeadlines(initialYear),
                communeIds: [],
                exclusions: [],
                criteriaFrameworkId: defaultCriteria?.id,
                indexFrameworkId: defaultIndex?.id ?? null,
              }
        }
        style={{ maxWidth: 880 }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              label={vi.cycles.year}
              name="year"
              validateTrigger={yearItem.validateTrigger}
              rules={[{ required: true }, ...yearItem.rules]}
            >
              <ViNumberInput {...YEAR} inputMode="numeric" disabled={!!editing} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item label={vi.cycles.scope} name="scopeId" rules={[{ required: true }]}>
              <Select
                options={editing ? [{ value: editing.scope.id, label: editing.scope.name }] : scopeOptions}
                disabled={!!editing}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={vi.cycles.criteriaFramework}
          name="criteriaFrameworkId"
          rules={[{ required: true, message: vi.cycles.pickFramework }]}
          validateStatus={yearMissing ? 'warning' : undefined}
          help={yearMissing ? vi.cycles.yearNotCovered(year) : undefined}
        >
          <Select
            placeholder={vi.cycles.pickFramework}
            disabled={!!editing}
            options={criteriaSets.map(frameworkOption)}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label={vi.cycles.indexFramework} name="indexFrameworkId">
          <Select
            placeholder={vi.cycles.pickIndex}
            disabled={!!editing}
            allowClear
            options={[{ value: null, label: vi.cycles.indexNone }, ...indexes.map(frameworkOption)]}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label={m.round} name="round" extra={m.roundHint}>
          <Input placeholder={m.roundPlaceholder} maxLength={60} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {vi.cycles.deadlines}
        </Typography.Title>
        <Row gutter={16}>
          {(
            [
              ['selfAssessment', vi.cycles.selfAssessmentDeadline],
              ['confirmation', vi.cycles.confirmationDeadline],
              ['dossier', vi.cycles.dossierDeadline],
            ] as const
          ).map(([key, label]) => (
            <Col xs={24} sm={8} key={key}>
              <Form.Item
                label={label}
                name={['deadlines', key]}
                rules={[{ required: true, message: vi.cycles.deadlineRequired }, ...viDateRules()]}
              >
                <ViDatePicker allowClear={false} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <PastDeadlineWarning />
        <Form.Item
          label={vi.cycles.communes}
          name="communeIds"
          extra={vi.cycles.communesHint}
          rules={[{ required: true, type: 'array', min: 1, message: vi.cycles.communesRequired }]}
        >
          <CommunesField scopeId={scopeId} />
        </Form.Item>
        {/* Opening a cycle: the roadmap's communes of that year are chosen for the office (issue 12). */}
        {!editing && <CycleProposal scopeId={scopeId} year={year} />}
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {vi.cycles.exclusions}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{vi.cycles.exclusionsHint}</Typography.Paragraph>
        <ExclusionRows frameworkId={criteriaFrameworkId} />
        <Flex gap={8} style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={saving.isPending}>
            {editing ? m.submitEdit : vi.cycles.submitCreate}
          </Button>
          <Link to={editing ? `/cycles/${editing.id}` : '/cycles'}>
            <Button>{vi.common.cancel}</Button>
          </Link>
        </Flex>
      </Form>
    </Card>
  );
}

function CreateCycleLoader() {
  usePageTitle(vi.cycles.createTitle);
  const frameworks = useFrameworkOptions();
  if (frameworks.isPending) return <FullPageSpin />;
  if (frameworks.isError) return <QueryError error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  return <CycleForm frameworks={frameworks.data} />;
}

export default function CreateCyclePage() {
  return (
    <RequireAction action="cycle:manage">
      <CreateCycleLoader />
    </RequireAction>
  );
}
