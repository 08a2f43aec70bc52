import {
  CAPABILITIES,
  CAPABILITY_LABELS,
  conflictResponseSchema,
  resultInputSchema,
  type Workspace,
  type WorkspaceItem,
} from '@xaso/domain/contracts/assessments';
import { checkSelfAssessment } from '@xaso/domain/scoring/self-assessment-checks';
import { searchKey } from '@xaso/domain/text';
import { Alert, App, AutoComplete, Button, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { readableNumber, ViNumberInput, viNumberItem } from '../../../lib/components/ViNumberInput.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSaveResult } from '../api/save-result.ts';
import { clearDraft, readDraft, writeDraft } from '../draft-store.ts';
import { evaluateLive, type ItemValues, itemKey, normalise, sameValues, valuesOf } from '../item-values.ts';
import { ConflictAlert } from './ConflictAlert.tsx';
import { LiveResult } from './LiveResult.tsx';
import { SelfJudgementFields, SelfPointsFields } from './SelfAssessmentFields.tsx';

type Stored = NonNullable<WorkspaceItem['result']>;
type Problem =
  | { kind: 'network' }
  | { kind: 'conflict'; current: Stored }
  | { kind: 'other'; message: string };

interface Props {
  workspace: Workspace;
  item: WorkspaceItem;
  editable: boolean;
}

function completionOptions(year: number) {
  const quarters = ['I', 'II', 'III', 'IV'];
  return [
    ...[year, year + 1].flatMap((y) => quarters.map((q) => vi.workspace.quarter(q, y))),
    vi.workspace.ongoing,
    vi.workspace.ongoingDone,
  ].map((value) => ({ value }));
}

// Bounds of each number field, as the contract has them: outside them the field says so, the value stays.
const FIGURE = { min: 0 };
const COUNT = { min: 0, integer: true };
const PERCENT = { min: 0, max: 100 };

/** Text in a number field that does not read as a number yet counts as empty in the live verdict. */
function readable(values: ItemValues, measureKind: WorkspaceItem['measure']['kind']): ItemValues {
  return {
    ...values,
    numerator: readableNumber(values.numerator),
    denominator: readableNumber(values.denominator),
    typedPercent: readableNumber(values.typedPercent),
    selfPoints: readableNumber(values.selfPoints),
    value: measureKind === 'count' ? readableNumber(values.value) : values.value,
  };
}

/** The result of one criterion or indicator, with the input that fits its measure and the live verdict. */
export function ItemForm({ workspace, item, editable }: Props) {
  const { assessment } = workspace;
  const key = itemKey(item);
  const [form] = Form.useForm<ItemValues>();
  const { message } = App.useApp();
  const save = useSaveResult();
  const [initial] = useState(() => {
    const draft = editable ? readDraft(assessment.id, key) : null;
    const stored = valuesOf(item.result);
    if (draft && !sameValues(draft.values, stored))
      return { values: draft.values, baseVersion: draft.baseVersion, restored: true };
    return { values: stored, baseVersion: item.result?.version ?? 0, restored: false };
  });
  const [values, setValues] = useState<ItemValues>(initial.values);
  const [baseVersion, setBaseVersion] = useState(initial.baseVersion);
  const [restored, setRestored] = useState(initial.restored);
  const [problem, setProblem] = useState<Problem | null>(null);
  const live = evaluateLive(item, assessment.year, readable(values, item.measure.kind));
  const measure = item.measure;

  const onValuesChange = (_: unknown, all: ItemValues) => {
    const next = normalise(all);
    setValues(next);
    if (!editable) return;
    if (sameValues(next, valuesOf(item.result))) clearDraft(assessment.id, key);
    else writeDraft(assessment.id, key, { values: next, baseVersion });
  };

  const submit = async (expectedVersion: number) => {
    // A number field holding text that is not a number, or a value out of bounds, says why; nothing is sent.
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = { ...normalise(form.getFieldsValue(true)), expectedVersion };
    // The contract's own rules (numerator ≤ denominator, no negatives) show next to the field before sending.
    const parsed = resultInputSchema.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({ name: i.path[0] as keyof ItemValues, errors: [i.message] })),
      );
      return;
    }
    // The commune's own points and judgement, checked by the rule the server applies (same messages).
    const selfErrors = Object.entries(checkSelfAssessment(item.kind, item, parsed.data));
    if (selfErrors.length > 0) {
      form.setFields(
        selfErrors.map(([name, error]) => ({ name: name as keyof ItemValues, errors: [error] })),
      );
      return;
    }
    setProblem(null);
    save.mutate(
      { assessment, kind: item.kind, code: item.code, body: parsed.data },
      {
        onSuccess: ({ item: saved }) => {
          clearDraft(assessment.id, key);
          setRestored(false);
          setBaseVersion(saved.result?.version ?? expectedVersion + 1);
          message.success(vi.workspace.savedResult(item.code));
        },
        onError: (error) => {
          if (isApiError(error, 'NETWORK')) {
            // Keep everything: the form as typed, and the draft so a reload does not lose it either.
            writeDraft(assessment.id, key, { values: normalise(form.getFieldsValue(true)), baseVersion });
            setProblem({ kind: 'network' });
          } else if (isApiError(error, 'CONFLICT')) {
            const conflict = conflictResponseSchema.safeParse(error.details);
            setProblem(
              conflict.success
                ? { kind: 'conflict', current: conflict.data.current }
                : { kind: 'other', message: errorMessage(error) },
            );
          } else if (!applyFieldErrors(form, error)) {
            setProblem({ kind: 'other', message: errorMessage(error) });
          }
        },
      },
    );
  };

  const acceptTheirs = (current: Stored) => {
    const theirs = valuesOf(current);
    form.setFieldsValue(theirs);
    setValues(theirs);
    setBaseVersion(current.version);
    clearDraft(assessment.id, key);
    setProblem(null);
  };

  const discardDraft = () => {
    const stored = valuesOf(item.result);
    form.setFieldsValue(stored);
    setValues(stored);
    setBaseVersion(item.result?.version ?? 0);
    clearDraft(assessment.id, key);
    setRestored(false);
  };

  return (
    <Flex vertical gap={12}>
      {restored && (
        <Alert
          type="info"
          showIcon
          title={vi.workspace.draftRestored}
          action={
            <Button size="small" onClick={discardDraft}>
              {vi.workspace.discardDraft}
            </Button>
          }
        />
      )}
      {problem?.kind === 'network' && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={vi.workspace.networkFailed}
          description={vi.workspace.networkFailedDetail}
        />
      )}
      {problem?.kind === 'other' && <Alert type="error" role="alert" showIcon title={problem.message} />}
      {problem?.kind === 'conflict' && (
        <ConflictAlert
          item={item}
          current={problem.current}
          saving={save.isPending}
          onUseTheirs={() => acceptTheirs(problem.current)}
          onOverwrite={() => void submit(problem.current.version)}
        />
      )}
      <Form<ItemValues>
        form={form}
        layout="vertical"
        name={`item-${item.kind}-${item.code}`}
        initialValues={initial.values}
        onValuesChange={onValuesChange}
        onFinish={() => void submit(baseVersion)}
        disabled={!editable}
        requiredMark={false}
      >
        {measure.kind === 'ratio' && (
          <Flex gap={12} wrap>
            <Form.Item
              label={vi.workspace.numerator(measure.numeratorLabel)}
              name="numerator"
              style={{ flex: '1 1 200px', minWidth: 0 }}
              {...viNumberItem(FIGURE)}
            >
              <ViNumberInput {...FIGURE} />
            </Form.Item>
            <Form.Item
              label={vi.workspace.denominator(measure.denominatorLabel)}
              name="denominator"
              style={{ flex: '1 1 200px', minWidth: 0 }}
              {...viNumberItem(FIGURE)}
            >
              <ViNumberInput {...FIGURE} />
            </Form.Item>
          </Flex>
        )}
        {measure.kind === 'yes_no' && (
          <Form.Item label={vi.workspace.yesNo} name="value">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: vi.common.yes },
                { value: false, label: vi.common.no },
              ]}
            />
          </Form.Item>
        )}
        {measure.kind === 'level' && (
          <Form.Item label={vi.workspace.level} name="value">
            <Select
              allowClear
              placeholder={vi.workspace.levelPlaceholder}
              options={measure.levels.map((level) => ({ value: level, label: level }))}
            />
          </Form.Item>
        )}
        {measure.kind === 'count' && (
          <Form.Item label={vi.workspace.count} name="value" {...viNumberItem(COUNT)}>
            <ViNumberInput {...COUNT} />
          </Form.Item>
        )}
        {measure.kind === 'text' && (
          <Form.Item label={vi.workspace.text} name="value">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
          </Form.Item>
        )}
        {item.kind === 'indicator' && <SelfPointsFields item={item} />}
        {item.kind === 'criterion' && item.target?.comparator === '*' && <SelfJudgementFields />}
        <div style={{ marginBottom: 16 }}>
          <LiveResult evaluation={live} indicator={item.kind === 'indicator'} />
        </div>
        {measure.kind === 'ratio' && (
          <Form.Item
            label={vi.workspace.typedPercent}
            name="typedPercent"
            extra={vi.workspace.typedPercentHint}
            {...viNumberItem(PERCENT)}
          >
            <ViNumberInput {...PERCENT} />
          </Form.Item>
        )}
        <Form.Item label={vi.workspace.capability} name="capability">
          <Radio.Group
            optionType="button"
            options={CAPABILITIES.map((c) => ({ value: c, label: CAPABILITY_LABELS[c] }))}
          />
        </Form.Item>
        <Form.Item label={vi.workspace.plannedCompletion} name="plannedCompletion">
          <AutoComplete
            options={completionOptions(assessment.year)}
            placeholder={vi.workspace.plannedCompletionPlaceholder}
            showSearch={{
              filterOption: (input, option) =>
                searchKey(String(option?.value ?? '')).includes(searchKey(input)),
            }}
          />
        </Form.Item>
        <Form.Item label={vi.workspace.notes} name="notes">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item label={vi.workspace.difficulties} name="difficulties">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
      </Form>
      {item.result && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {vi.workspace.lastSaved(formatDateTime(item.result.updatedAt), item.result.updatedBy)}
        </Typography.Text>
      )}
      {editable && (
        // Stays in reach at the bottom of the drawer while the officer scrolls through a long form on a phone.
        <div className="xaso-sticky-actions">
          <Button
            type="primary"
            onClick={() => void submit(baseVersion)}
            loading={save.isPending}
            block
            size="large"
          >
            {save.isPending ? vi.workspace.saving : vi.workspace.saveResult}
          </Button>
        </div>
      )}
    </Flex>
  );
}
