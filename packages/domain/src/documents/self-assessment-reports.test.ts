import { describe, expect, it } from 'vitest';
import {
  type StoredResult,
  storedResultSchema,
  toItemResult,
  type Workspace,
  type WorkspaceItem,
} from '../contracts/assessments.ts';
import type { Measure, Rule, Target } from '../framework/schema.ts';
import { evaluateCriterion } from '../scoring/evaluate-criterion.ts';
import { scoreIndicator } from '../scoring/score-indicator.ts';
import { buildCommuneReport } from './commune-report.ts';
import { buildIndexReport } from './index-report.ts';
import type { ReportDocument } from './model.ts';
import type { ReportSource } from './source.ts';

/** Issue 10, items 2 and 5: the commune's own judgement and points, and targets worded for people, in documents. */
const YEAR = 2023;
const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' };
const stored = (entered: Partial<StoredResult>) =>
  storedResultSchema.parse({ ...entered, version: 1, updatedAt: '2023-10-01T00:00:00Z', updatedBy: null });
const base = { groupCode: '1', groupName: 'Chính quyền số', evidence: [], evidenceWarnings: [] };

function criterion(
  code: string,
  measure: Measure,
  unit: string,
  target: Target,
  entered: Partial<StoredResult>,
) {
  const result = stored(entered);
  const evaluation = evaluateCriterion(
    { code, measure, targets: { [YEAR]: target } },
    YEAR,
    toItemResult(result, 'criterion'),
  );
  const item: WorkspaceItem = {
    ...base,
    kind: 'criterion',
    code,
    name: `Chỉ tiêu ${code}`,
    unit,
    measure,
    target,
    maxPoints: null,
    rule: null,
    exclusionReason: null,
    result,
    evaluation: { ...evaluation, points: null },
  };
  return item;
}

function indicator(code: string, rule: Rule, entered: Partial<StoredResult>): WorkspaceItem {
  const result = stored(entered);
  const score = scoreIndicator(
    { code, measure: ratio, maxPoints: null, rule },
    toItemResult(result, 'indicator'),
  );
  return {
    ...base,
    kind: 'indicator',
    code,
    name: `Chỉ số ${code}`,
    unit: '%',
    measure: ratio,
    target: null,
    maxPoints: null,
    rule,
    exclusionReason: null,
    result,
    evaluation: {
      verdict: score.status,
      points: score.points,
      explanation: score.explanation,
      warnings: score.warnings,
      errors: score.errors,
    },
  };
}

function source(items: WorkspaceItem[]): ReportSource {
  const workspace = {
    assessment: { year: YEAR, commune: { id: 'x', name: 'Xã Bát Mọt' } },
    items,
    summary: { indexPoints: null, indexMaxPoints: null },
  } as unknown as Workspace;
  return {
    workspace,
    framework: {
      title: 'Bộ tiêu chí',
      legalBasis: { number: '1829/QĐ-UBND', date: '2023-05-30', issuer: 'Chủ tịch UBND tỉnh Thanh Hóa' },
    },
    letterhead: {
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ BÁT MỌT',
      number: '',
      symbol: 'BC-UBND',
      place: 'Bát Mọt',
      date: null,
      signature: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
      recipients: ['Lưu: VT'],
    },
    addressee: null,
    closingNotes: [],
  };
}

const rowOf = (doc: ReportDocument, code: string) =>
  doc.appendices[0]!.rows.find((r) => r.kind === 'item' && r.cells.tt?.text === code)!.cells;
const everyText = (doc: ReportDocument) => JSON.stringify([doc.body, doc.appendices.map((a) => a.rows)]);

describe('commune report: qualitative targets (1.11, 4.8 in 2023) judged by the commune', () => {
  const star: Target = { comparator: '*', value: '*' };
  const doc = buildCommuneReport(
    source([
      criterion('1.11', ratio, 'Nền tảng', star, {
        numerator: 3,
        denominator: 3,
        selfJudgement: 'met',
        selfJudgementReason: 'Triển khai đủ 3 nền tảng',
      }),
      criterion('4.8', { kind: 'yes_no' }, 'Điểm', star, {
        selfJudgement: 'not_met',
        selfJudgementReason: 'Chưa có điểm wifi công cộng',
      }),
      criterion('3.1', ratio, '%', { comparator: '>=', value: 60 }, { numerator: 7, denominator: 10 }),
    ]),
  );

  it('the target column says "Đánh giá định tính", never "*"; a percentage target reads "60%"', () => {
    expect(rowOf(doc, '1.11').target?.text).toBe('Đánh giá định tính');
    expect(rowOf(doc, '3.1').target?.text).toBe('60%');
    expect(everyText(doc)).not.toMatch(/"\*"|>=/);
  });

  it('the level reached is the judgement, with its description in the notes', () => {
    expect(rowOf(doc, '1.11').reached?.text).toBe('Đạt');
    expect(rowOf(doc, '4.8').reached?.text).toBe('Chưa đạt');
    expect(rowOf(doc, '4.8').notes?.text).toBe('Chưa đạt. Tự đánh giá: Chưa có điểm wifi công cộng');
    expect(everyText(doc)).toContain('4.8. Chỉ tiêu 4.8: Chưa đạt (chỉ tiêu đánh giá định tính).');
  });
});

describe('index report: indicators scored by hand', () => {
  const manual: Rule = { kind: 'manual', min: 0, max: null };
  const doc = buildIndexReport(
    source([
      indicator('5.2', manual, { selfPoints: 20, selfPointsReason: 'Chưa có sự cố phải xử lý' }),
      indicator('8.3', manual, { status: 'not_started' }),
      indicator('3.4', manual, {
        numerator: 4445,
        denominator: 5293,
        selfPoints: 10,
        selfPointsReason: 'Từ 80% được 10 điểm',
        notes: 'Khảo sát toàn xã',
      }),
    ]),
  );

  it('the self-scored points count, the reason is the result when no figure was entered, "Chưa thực hiện" says so', () => {
    expect(rowOf(doc, '5.2').points).toEqual({ text: '20', value: 20 });
    expect(rowOf(doc, '5.2').result?.text).toBe('Chưa có sự cố phải xử lý');
    expect(rowOf(doc, '8.3').result?.text).toBe('Chưa thực hiện');
    expect(rowOf(doc, '8.3').points).toEqual({ text: '0', value: 0 });
    expect(rowOf(doc, '3.4').result?.text).toBe('4.445/5.293 = 84,0%\nTừ 80% được 10 điểm\nKhảo sát toàn xã');
  });
});
