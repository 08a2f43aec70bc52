import type { FrameworkSummary } from '@xaso/domain/contracts/frameworks';
import type { NormalisedItem } from '@xaso/domain/framework/normalise';
import type { LegalBasis, Rule, Target } from '@xaso/domain/framework/schema';
import { describeTarget } from '@xaso/domain/framework/target-text';
import { formatFigureVi, formatPointsVi } from '@xaso/domain/scoring/format';
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';

/**
 * A target for people: "≥ 75%", "Có", "Sử dụng hiệu quả", "Đánh giá định tính"; "" for none. The wording is
 * the domain's (`describeTarget`), shared with the workspace and the documents.
 */
export function targetText(
  target: Target | null | undefined,
  item: Pick<NormalisedItem, 'unit' | 'measure'>,
) {
  return describeTarget(target, item);
}

/** The scoring rule in plain Vietnamese; "Chưa rõ" when the framework does not say. */
export function ruleText(rule: Rule | null): string {
  const t = vi.frameworks.rules;
  if (!rule) return vi.frameworks.unknown;
  switch (rule.kind) {
    case 'binary':
      return t.binary;
    case 'tiered':
      return t.tiered(rule.tiers.map((tier) => t.tier(tier.level, formatPointsVi(tier.points))).join('; '));
    case 'proportional':
      return t.proportional;
    case 'threshold':
      return t.threshold(rule.comparator === '>=' ? '≥' : '>', formatFigureVi(rule.rate));
    case 'manual':
      return t.manual(formatPointsVi(rule.min), rule.max === null ? null : formatPointsVi(rule.max));
  }
}

export function maxPointsText(points: number | null): string {
  return points === null ? vi.frameworks.unknown : formatPointsVi(points);
}

/** How a result is measured, when there is more to say than the unit ("Tỷ lệ: … / …", "Các mức: …"). */
export function measureText(item: Pick<NormalisedItem, 'measure'>): string | null {
  const { measure } = item;
  if (measure.kind === 'ratio')
    return vi.frameworks.ratioOf(measure.numeratorLabel, measure.denominatorLabel);
  if (measure.kind === 'level') return vi.frameworks.levelsOf(measure.levels.join(' → '));
  return null;
}

/** "1829/QĐ-UBND ngày 30/05/2023" */
export function legalBasisText(basis: LegalBasis): string {
  return vi.frameworks.legalBasisText(basis.number, formatDate(basis.date));
}

/** "2023–2025", "2022", "2022, 2024" */
export function yearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const contiguous = last - first === sorted.length - 1;
  return contiguous && sorted.length > 1 ? `${first}–${last}` : sorted.join(', ');
}

export function versionOptions(versions: FrameworkSummary['versions']) {
  return [...versions]
    .sort((a, b) => b.version - a.version)
    .map((v) => ({
      value: v.version,
      label: vi.frameworks.versionOption(v.version, formatDate(v.importedAt), v.importedBy),
    }));
}
