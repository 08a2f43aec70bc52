import { formatPlainPercentVi, formatPointsVi, POINT_DECIMALS, roundHalfUp, typedAgrees } from './format.ts';
import { readRatio } from './ratio.ts';
import { checkRawFigures } from './typed-values.ts';
import type { IndicatorDef, IndicatorScore, ItemResult } from './types.ts';
import { yesNo } from './yes-no.ts';

/**
 * Scores one indicator of an index from raw inputs, showing the working.
 *
 * - binary: full points for "Có", 0 for "Không";
 * - tiered: the points of the level reached;
 * - proportional: numerator/denominator × maximum, rounded once to 2 decimals ("7/19 = 36,8% × 10 = 3,68 điểm");
 * - threshold: full points when the rate is reached, else 0;
 * - manual: the commune's self-scored points (`selfPoints`), which must lie within the rule's bounds.
 *
 * `status: not_started` scores 0; `not_assessed` scores nothing but its maximum still counts in the totals;
 * `not_applicable` leaves the totals. Self-scored points that disagree with the points computed from the
 * figures are a warning naming both (the computed ones count); bad figures and an unknown maximum are errors
 * (points `null`), returned, never thrown.
 * Points always lie within [0, maximum].
 */
export function scoreIndicator(item: IndicatorDef, inputs: ItemResult | undefined): IndicatorScore {
  const warnings: string[] = [];
  const max = item.maxPoints;
  const base = { code: item.code, maxPoints: max, warnings };
  const unscored = (
    status: IndicatorScore['status'],
    explanation: string,
    errors: string[] = [],
  ): IndicatorScore => ({
    ...base,
    points: null,
    status,
    explanation,
    errors,
  });
  if (inputs === undefined || Object.keys(inputs).length === 0)
    return unscored('not_assessed', 'Chưa có kết quả');
  if (inputs.status === 'not_applicable') return unscored('not_applicable', 'Không áp dụng trong kỳ này');
  if (inputs.status === 'not_assessed') return unscored('not_assessed', 'Chưa đánh giá');
  if (inputs.status === 'not_started') return finish(item, inputs, 0, 'Chưa thực hiện', warnings);
  const rule = item.rule;
  if (rule === null)
    return unscored('not_assessed', 'Chưa có cách chấm', [`Chỉ số ${item.code}: chưa có cách chấm`]);

  const noMax = (working: string): IndicatorScore => {
    if (inputs.selfPoints !== undefined) {
      warnings.push(
        `Chưa kiểm tra được điểm tự chấm ${formatPointsVi(inputs.selfPoints)}: chưa biết điểm tối đa`,
      );
    }
    return unscored('not_assessed', `${working}; chưa biết điểm tối đa → chưa tính điểm`, [
      `Chỉ số ${item.code}: chưa biết điểm tối đa (cần đối chiếu phụ lục của quyết định)`,
    ]);
  };
  const bad = (errors: string[]) =>
    unscored(
      'not_assessed',
      'Không tính được điểm',
      errors.map((e) => `Chỉ số ${item.code}: ${e}`),
    );
  // Figures the rule does not use are still checked: a typed percentage beside them must agree (ROUNDING.md).
  if (rule.kind !== 'proportional' && rule.kind !== 'threshold') {
    const figures = checkRawFigures(inputs);
    warnings.push(...figures.warnings);
    if (figures.errors.length > 0) return bad(figures.errors);
  }

  switch (rule.kind) {
    case 'binary': {
      const yes = yesNo(inputs.value);
      if (yes === null) return bad(['cần nhập Có hoặc Không']);
      if (max === null) return noMax(yes ? 'Có' : 'Không');
      return finish(item, inputs, yes ? max : 0, yes ? 'Có' : 'Không', warnings);
    }
    case 'tiered': {
      const tier = rule.tiers.find((t) => t.level === inputs.value);
      if (!tier) return bad([`mức "${String(inputs.value ?? '')}" không có trong các mức chấm`]);
      return finish(item, inputs, tier.points, `Mức "${tier.level}"`, warnings);
    }
    case 'proportional':
    case 'threshold': {
      const ratio = readRatio(inputs, rule.kind === 'threshold' ? rule.rate : undefined);
      warnings.push(...ratio.warnings);
      if (!ratio.ok) return bad(ratio.errors);
      const { percent, working } = ratio.reading;
      if (max === null) return noMax(working);
      if (rule.kind === 'proportional') {
        const points = roundHalfUp((percent / 100) * max, POINT_DECIMALS);
        return finish(
          item,
          inputs,
          points,
          `${working} × ${formatPointsVi(max)}`,
          warnings,
          (percent / 100) * max,
        );
      }
      const reached = rule.comparator === '>=' ? percent >= rule.rate - 1e-9 : percent > rule.rate + 1e-9;
      const sign = reached ? (rule.comparator === '>=' ? '≥' : '>') : rule.comparator === '>=' ? '<' : '≤';
      return finish(
        item,
        inputs,
        reached ? max : 0,
        `${working} ${sign} ${formatPlainPercentVi(rule.rate)}`,
        warnings,
      );
    }
    case 'manual': {
      // Scored by a person: nothing to compute, the commune's own points are the score of its self-assessment.
      const p = inputs.selfPoints;
      if (p === undefined || !Number.isFinite(p))
        return bad(['cần nhập điểm tự chấm (hoặc "Chưa thực hiện")']);
      const upper = manualUpperBound(rule, max);
      if (p < rule.min || (upper !== null && p > upper)) {
        return bad([`điểm tự chấm ${formatPointsVi(p)} ngoài khoảng ${manualRangeText(rule, max)}`]);
      }
      if (upper === null)
        warnings.push('Chưa biết điểm tối đa: chưa kiểm tra được giới hạn trên của điểm tự chấm');
      return finish(item, inputs, roundHalfUp(p, POINT_DECIMALS), 'Điểm tự chấm', warnings);
    }
  }
}

/** Clamps to [0, max], writes "… = 3,68 điểm" and checks typed points against the exact value. */
function finish(
  item: IndicatorDef,
  inputs: ItemResult,
  points: number,
  working: string,
  warnings: string[],
  exact = points,
): IndicatorScore {
  const upper = item.maxPoints ?? Number.POSITIVE_INFINITY;
  const clamped = Math.min(Math.max(points, 0), upper);
  const typed = inputs.selfPoints;
  if (typed !== undefined && !typedAgrees(typed, exact)) {
    warnings.push(
      `Điểm tự chấm ${formatPointsVi(typed)} khác điểm tính từ số liệu gốc ${formatPointsVi(clamped)}`,
    );
  }
  const joiner = working.includes('×') ? ' = ' : ' → ';
  return {
    code: item.code,
    points: clamped,
    maxPoints: item.maxPoints,
    status: 'scored',
    explanation: `${working}${joiner}${formatPointsVi(clamped)} điểm`,
    warnings,
    errors: [],
  };
}

type ManualRule = Extract<NonNullable<IndicatorDef['rule']>, { kind: 'manual' }>;

/** The highest points a person may give: the rule's own maximum, else the indicator's; null when unknown. */
export function manualUpperBound(rule: ManualRule, maxPoints: number | null): number | null {
  return rule.max ?? maxPoints;
}

/** "0–20", or "0–?" while the maximum is unknown (the official annex is not entered yet). */
export function manualRangeText(rule: ManualRule, maxPoints: number | null): string {
  const upper = manualUpperBound(rule, maxPoints);
  return `${formatPointsVi(rule.min)}–${upper === null ? '?' : formatPointsVi(upper)}`;
}
