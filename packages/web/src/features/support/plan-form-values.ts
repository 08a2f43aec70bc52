import type { SupportPlanInput, SupportRequestView } from '@xaso/domain/contracts/steering';
import type { ViDateValue } from '../../lib/components/ViDatePicker.tsx';
import type { ViNumberValue } from '../../lib/components/ViNumberInput.tsx';

/** The plan form's values, and how they turn into the `submit_plan` body and back. No React: tested alone. */
export interface ActionValues {
  description: string;
  unitIds: string[];
  partnerIds: string[];
  dueDate: ViDateValue;
}

export interface PlanValues {
  summary: string;
  actions: ActionValues[];
  hasBudget: boolean;
  amountVnd: ViNumberValue;
  source: string;
}

export const AMOUNT = { min: 0, integer: true };
export const EMPTY_ACTION: ActionValues = { description: '', unitIds: [], partnerIds: [], dueDate: null };

/** The form starts from the plan the head returned, so the member reworks it rather than typing it again. */
export function initialValues(plan: SupportRequestView['plan']): PlanValues {
  if (!plan) return { summary: '', actions: [EMPTY_ACTION], hasBudget: false, amountVnd: null, source: '' };
  return {
    summary: plan.summary,
    actions: plan.actions.map((a) => ({
      description: a.description,
      unitIds: a.units.map((u) => u.id),
      partnerIds: a.partners.map((p) => p.id),
      dueDate: a.dueDate,
    })),
    hasBudget: plan.budget !== null,
    amountVnd: plan.budget?.amountVnd ?? null,
    source: plan.budget?.source ?? '',
  };
}

/** The body of `submit_plan` from the form; the fields were checked before this is called. */
export function planOf(values: PlanValues): SupportPlanInput {
  return {
    summary: values.summary.trim(),
    actions: values.actions.map((a) => ({
      description: a.description.trim(),
      unitIds: a.unitIds ?? [],
      partnerIds: a.partnerIds ?? [],
      dueDate: a.dueDate as string,
    })),
    budget:
      values.hasBudget && typeof values.amountVnd === 'number'
        ? { amountVnd: values.amountVnd, source: values.source.trim() }
        : null,
  };
}

/**
 * The server's field paths for a plan (`plan.actions.1.unitIds.0`) named as this form's fields
 * (`actions.1.unitIds`): one picked unit that is refused marks the whole picker.
 */
export function planFieldName(path: string): (string | number)[] {
  const parts = path.replace(/^plan\./, '').split('.');
  if (parts[0] === 'budget') return [parts[1] === 'source' ? 'source' : 'amountVnd'];
  const name = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return name.length > 3 ? name.slice(0, 3) : name;
}
