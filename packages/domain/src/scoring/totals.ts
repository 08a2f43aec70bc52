import { formatPercentVi, formatPointsVi, POINT_DECIMALS, roundHalfUp } from './format.ts';
import type { IndicatorScore } from './types.ts';

export interface ScoreTotal {
  /** Sum of the rounded points of the indicators, rounded again to 2 decimals to drop float noise. */
  points: number;
  /** Sum of the maxima of the counted indicators; null when any of them is unknown. */
  maxPoints: number | null;
  /** Exact points / maxPoints × 100 (unrounded; round only to display); null when the maximum is unknown. */
  percentOfMax: number | null;
  /** "650,5/1.000 điểm = 65,1%" or "650,5 điểm (chưa biết tổng điểm tối đa)". */
  explanation: string;
}

export interface GroupTotal extends ScoreTotal {
  code: string;
  name: string;
}

export interface IndexTotals {
  groups: GroupTotal[];
  total: ScoreTotal;
  warnings: string[];
}

interface GroupDef {
  code: string;
  name: string;
  items: readonly { code: string; maxPoints: number | null }[];
}

/**
 * Totals per group and overall. An indicator with no score counts 0 points against its maximum (with a
 * warning); `not_applicable` indicators leave both sums; a score whose points could not be computed counts 0.
 */
export function totalScores(
  groups: readonly GroupDef[],
  scores: Readonly<Record<string, IndicatorScore | undefined>>,
): IndexTotals {
  const warnings: string[] = [];
  const totals = groups.map((group) => {
    let points = 0;
    let maxPoints: number | null = 0;
    for (const item of group.items) {
      const score = scores[item.code];
      if (score === undefined) warnings.push(`Chỉ số ${item.code} chưa có kết quả: tính 0 điểm`);
      if (score?.status === 'not_applicable') continue;
      points += score?.points ?? 0;
      maxPoints = maxPoints === null || item.maxPoints === null ? null : maxPoints + item.maxPoints;
    }
    return { code: group.code, name: group.name, ...total(points, maxPoints) };
  });
  const points = totals.reduce((sum, g) => sum + g.points, 0);
  const maxPoints = totals.some((g) => g.maxPoints === null)
    ? null
    : totals.reduce((sum, g) => sum + (g.maxPoints ?? 0), 0);
  if (maxPoints === null)
    warnings.push('Chưa biết điểm tối đa của một số chỉ số: chưa tính được tỷ lệ trên tổng điểm');
  return { groups: totals, total: total(points, maxPoints), warnings };
}

function total(rawPoints: number, maxPoints: number | null): ScoreTotal {
  const points = roundHalfUp(rawPoints, POINT_DECIMALS);
  if (maxPoints === null) {
    return {
      points,
      maxPoints,
      percentOfMax: null,
      explanation: `${formatPointsVi(points)} điểm (chưa biết tổng điểm tối đa)`,
    };
  }
  const percentOfMax = maxPoints === 0 ? 0 : (points / maxPoints) * 100;
  return {
    points,
    maxPoints,
    percentOfMax,
    explanation: `${formatPointsVi(points)}/${formatPointsVi(maxPoints)} điểm = ${formatPercentVi(percentOfMax)}`,
  };
}
