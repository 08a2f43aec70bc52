// Test data, imported by the appraisal tests only: seed 000's appendix 1, the district of Thường Xuân's
// comparison of self-assessment and committee assessment for its three communes in 2022, under QĐ 1829
// (targets as the appendix prints them for 2022). Measures are read from the unit and target columns: a "%"
// line reported only as "Đạt"/"Có" is a ratio concluded without figures; "Có" targets are yes/no; a target in
// words ("Triển khai sử dụng", "Số lượng") is judged qualitatively.
import type { Measure, Target } from '../framework/schema.ts';
import type { CriterionDef, ItemResult } from '../scoring/types.ts';

export const COMMUNES_2022 = ['Xã Bát Mọt', 'Xã Yên Nhân', 'Thị trấn Thường Xuân'] as const;

const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử số', denominatorLabel: 'mẫu số' };
const yesNo: Measure = { kind: 'yes_no' };
const text: Measure = { kind: 'text' };
const atLeast = (value: number): Target => ({ comparator: '>=', value });
const has: Target = { comparator: '=', value: 'Có' };
const judged = (words: string): Target => ({ comparator: '*', value: words });

/** What the committee entered beside the commune's line. */
export type CommitteeEntry = { judgement?: 'met'; override?: { reason: string } };
export type SeedLine = {
  criterion: CriterionDef;
  /** Per commune, in `COMMUNES_2022` order: the self-assessment as the appendix prints it. */
  self: [ItemResult, ItemResult, ItemResult];
  /** The committee's column, as printed. */
  committee: [string, string, string];
  /** What the committee entered, per commune (same for all when one is given). */
  entry?: CommitteeEntry | [CommitteeEntry, CommitteeEntry, CommitteeEntry];
};

const line = (code: string, measure: Measure, target: Target): CriterionDef => ({
  code,
  measure,
  targets: { '2022': target },
});
const all = (r: ItemResult): [ItemResult, ItemResult, ItemResult] => [r, r, r];
const MET: [string, string, string] = ['Đạt', 'Đạt', 'Đạt'];
const concluded = { selfJudgement: 'met' as const };
const yes = { value: 'Có' };
const judgedYes = { value: 'Có', selfJudgement: 'met' as const };

export const SEED_000_LINES: SeedLine[] = [
  ...['1.1', '1.2', '1.3', '1.4'].map((code) => ({
    criterion: line(code, ratio, atLeast(100)),
    self: all(concluded),
    committee: MET,
    entry: { judgement: 'met' as const },
  })),
  {
    criterion: line('1.5', ratio, atLeast(60)),
    self: all(concluded),
    committee: MET,
    entry: { judgement: 'met' },
  },
  { criterion: line('1.6', yesNo, has), self: all(yes), committee: MET },
  { criterion: line('1.7', yesNo, has), self: all(yes), committee: MET },
  {
    criterion: line('1.8', text, judged('Triển khai sử dụng')),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' },
  },
  { criterion: line('1.9', yesNo, has), self: all(yes), committee: MET },
  {
    criterion: line('1.10', text, judged('Có Kế hoạch, Văn bản quy định khác')),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' },
  },
  ...['1.11', '2.1', '2.2', '2.3'].map((code) => ({
    criterion: line(code, ratio, atLeast(100)),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' as const },
  })),
  {
    criterion: line('2.4', ratio, atLeast(50)),
    self: all(concluded),
    committee: MET,
    entry: { judgement: 'met' },
  },
  // "Chưa thực hiện" / "Chưa đánh giá": the cycle of 2022 does not assess 2.5.
  {
    criterion: line('2.5', ratio, atLeast(100)),
    self: all({ status: 'not_started' }),
    committee: ['Chưa đánh giá', 'Chưa đánh giá', 'Chưa đánh giá'],
  },
  {
    criterion: line('2.6', ratio, atLeast(50)),
    self: all(concluded),
    committee: MET,
    entry: { judgement: 'met' },
  },
  {
    criterion: line('3.1', ratio, atLeast(50)),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' },
  },
  // 70% and 66% are clearly above 60%; 62,8% is marked "Vượt chỉ tiêu" by the committee's own call.
  {
    criterion: line('3.2', ratio, atLeast(60)),
    self: [{ typedPercent: 70 }, { typedPercent: 62.8 }, { typedPercent: 66 }],
    committee: ['Vượt chỉ tiêu', 'Vượt chỉ tiêu', 'Vượt chỉ tiêu'],
    entry: [{}, { override: { reason: 'BCĐ huyện đánh giá vượt chỉ tiêu (Phụ lục 1)' } }, {}],
  },
  {
    criterion: line('3.3', text, judged('Có nội dung tuyên truyền, hội nghị')),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' },
  },
  {
    criterion: line('3.4', ratio, atLeast(60)),
    self: [{ typedPercent: 60.2 }, { typedPercent: 60.5 }, { typedPercent: 94.2 }],
    committee: ['Đạt', 'Đạt', 'Vượt chỉ tiêu'],
  },
  {
    criterion: line('3.5', ratio, atLeast(60)),
    self: [{ typedPercent: 60.5 }, { typedPercent: 63 }, { typedPercent: 64.3 }],
    committee: MET,
  },
  {
    criterion: line('4.1', ratio, atLeast(100)),
    self: all(concluded),
    committee: MET,
    entry: { judgement: 'met' },
  },
  // The committee writes "Hạ tầng, thiết bị đảm bảo" where the commune wrote "Hạ tầng đảm bảo": a judged "Đạt".
  {
    criterion: line('4.2', text, judged('Sử dụng')),
    self: all({ value: 'Hạ tầng đảm bảo', selfJudgement: 'met' }),
    committee: MET,
    entry: { judgement: 'met' },
  },
  {
    criterion: line('4.3', ratio, atLeast(100)),
    self: all(judgedYes),
    committee: MET,
    entry: { judgement: 'met' },
  },
  { criterion: line('4.4', yesNo, has), self: all(yes), committee: MET },
  {
    criterion: line('4.5', { kind: 'count' }, judged('Số lượng')),
    self: [
      { value: 3, selfJudgement: 'met' },
      { value: 5, selfJudgement: 'met' },
      { value: 8, selfJudgement: 'met' },
    ],
    committee: MET,
    entry: { judgement: 'met' },
  },
  { criterion: line('4.6', yesNo, has), self: all(yes), committee: MET },
  { criterion: line('4.7', yesNo, has), self: all(yes), committee: MET },
  { criterion: line('4.8', yesNo, has), self: all(yes), committee: MET },
];

/** The criteria the 2022 cycle does not assess. */
export const NOT_ASSESSED_2022 = new Set(['2.5']);

/**
 * The index: seed 000 says only that all three communes scored "trên 70%" of QĐ 3853's maximum, as published in
 * the district's QĐ 567/QĐ-UBND of 17/4/2023; neither the points nor the maximum are in the seeds.
 */
export const RANKING_DECISION_567 = '567/QĐ-UBND ngày 17/4/2023 của UBND huyện Thường Xuân';
