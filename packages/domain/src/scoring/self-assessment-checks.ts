import type { Measure, Rule } from '../framework/schema.ts';
import { formatPointsVi } from './format.ts';
import { manualUpperBound } from './score-indicator.ts';
import type { SelfJudgement } from './types.ts';

/** The self-assessment part of what a commune enters for one item (null: not entered). */
export interface SelfAssessmentFields {
  selfPoints: number | null;
  selfPointsReason: string | null;
  selfJudgement: SelfJudgement | null;
  selfJudgementReason: string | null;
  status: 'not_started' | null;
}

interface ItemDef {
  code: string;
  measure: Measure;
  maxPoints: number | null;
  rule: Rule | null;
}

/**
 * Field messages for a commune's own points and judgement that the item cannot take; empty when all is well.
 * Self-scored points belong to indicators and lie within the rule's range (a manual rule's [min, max], else
 * [0, maximum]; an unknown maximum leaves the top open); those of an indicator scored by a person need the
 * reason the commune gives them. A judgement belongs to criteria and needs its description. "Chưa thực hiện"
 * is 0 points, so it does not go with points. Checked by the save API; the form shows the same messages.
 */
export function checkSelfAssessment(
  kind: 'criterion' | 'indicator',
  item: ItemDef,
  fields: SelfAssessmentFields,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const blank = (text: string | null) => text === null || text.trim() === '';
  if (kind === 'criterion') {
    if (fields.selfPoints !== null)
      errors.selfPoints = 'Tiêu chí không chấm điểm: điểm tự chấm chỉ dành cho chỉ số.';
    if (fields.selfJudgement !== null && blank(fields.selfJudgementReason))
      errors.selfJudgementReason = 'Mô tả căn cứ tự đánh giá (việc đã làm, văn bản minh chứng).';
    return errors;
  }
  if (fields.selfJudgement !== null)
    errors.selfJudgement = 'Chỉ số được chấm điểm, không đánh giá Đạt / Chưa đạt.';
  const manual = item.rule?.kind === 'manual' ? item.rule : null;
  const p = fields.selfPoints;
  if (p !== null) {
    const min = manual?.min ?? 0;
    const max = manual ? manualUpperBound(manual, item.maxPoints) : item.maxPoints;
    if (fields.status === 'not_started') {
      errors.selfPoints =
        'Chỉ số "Chưa thực hiện" được 0 điểm: bỏ điểm tự chấm hoặc bỏ chọn "Chưa thực hiện".';
    } else if (p < min || (max !== null && p > max)) {
      errors.selfPoints =
        max === null
          ? `Điểm tự chấm phải từ ${formatPointsVi(min)} trở lên (chưa biết điểm tối đa của chỉ số ${item.code}).`
          : `Điểm tự chấm của chỉ số ${item.code} phải trong khoảng ${formatPointsVi(min)}–${formatPointsVi(max)}.`;
    }
    if (manual && blank(fields.selfPointsReason))
      errors.selfPointsReason = 'Nêu căn cứ chấm điểm (việc đã làm, văn bản minh chứng).';
  }
  return errors;
}
