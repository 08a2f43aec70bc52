import { describe, expect, it } from 'vitest';
import {
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

const YEAR = 2024;
const ratio: Measure = { kind: 'ratio', numeratorLabel: 'tử', denominatorLabel: 'mẫu' };

/** What the commune entered, as stored (the schema's defaults fill the fields left out). */
type Entered = {
  numerator?: number;
  denominator?: number;
  typedPercent?: number;
  value?: boolean;
  selfJudgement?: 'met' | 'not_met';
};
const stored = (entered: Entered) =>
  storedResultSchema.parse({ ...entered, version: 1, updatedAt: '2024-10-01T00:00:00Z', updatedBy: null });

const base = { groupCode: '1', groupName: 'Chính quyền số', unit: '%', evidence: [], evidenceWarnings: [] };

/** A criterion as the workspace presents it, evaluated by the real engine. */
function criterion(code: string, target: Target, entered: Entered, measure: Measure = ratio): WorkspaceItem {
  const evaluation = evaluateCriterion(
    { code, measure, targets: { [YEAR]: target } },
    YEAR,
    toItemResult(stored(entered), 'criterion'),
  );
  return {
    ...base,
    kind: 'criterion',
    code,
    name: `Chỉ tiêu ${code}`,
    measure,
    target,
    maxPoints: null,
    rule: null,
    exclusionReason: null,
    result: stored(entered),
    evaluation: { ...evaluation, points: null },
  };
}

function indicator(code: string, rule: Rule, entered: Entered): WorkspaceItem {
  const score = scoreIndicator(
    { code, measure: ratio, maxPoints: 10, rule },
    toItemResult(stored(entered), 'indicator'),
  );
  return {
    ...base,
    kind: 'indicator',
    code,
    name: `Chỉ số ${code}`,
    measure: ratio,
    target: null,
    maxPoints: 10,
    rule,
    exclusionReason: null,
    result: stored(entered),
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
  const workspace: Workspace = {
    assessment: {
      id: 'a',
      cycleId: 'c',
      year: YEAR,
      commune: { id: 'x', name: 'Xã Hoằng Cát' },
      status: 'draft',
      submittedAt: null,
      submittedBy: null,
      deadline: '2024-12-15',
      reopenedUntil: null,
      editable: true,
      registeredItems: null,
    },
    items,
    summary: {
      criteriaTotal: 0,
      criteriaMet: 0,
      withoutEvidence: 0,
      notEntered: 0,
      indexPoints: null,
      indexMaxPoints: null,
    },
  };
  return {
    workspace,
    framework: {
      title: 'Bộ tiêu chí',
      legalBasis: { number: '1829/QĐ-UBND', date: '2023-05-30', issuer: 'Chủ tịch UBND tỉnh Thanh Hóa' },
    },
    letterhead: {
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN XÃ HOẰNG CÁT',
      number: '',
      symbol: 'BC-UBND',
      place: 'Hoằng Cát',
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
const bodyText = (doc: ReportDocument) => doc.body.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');

/** Issue 10 item 4: a commune that entered only a percentage sees it in its documents. */
describe('commune report (seed 001, Phụ lục 1) when only a percentage was entered', () => {
  const doc = buildCommuneReport(
    source([
      criterion('1.6', { comparator: '>=', value: 75 }, { typedPercent: 92.1 }),
      criterion('3.4', { comparator: '>=', value: 70 }, { typedPercent: 65.5 }),
      criterion('3.5', { comparator: '>=', value: 95 }, { numerator: 1, denominator: 2 }),
      criterion('2.1', { comparator: '=', value: 'Có' }, { value: true }, { kind: 'yes_no' }),
    ]),
  );

  it('"Mức độ hoàn thành" shows the percentage as entered, a number for Excel', () => {
    expect(rowOf(doc, '1.6').reached).toEqual({ text: '92,1%', value: 92.1 });
    expect(rowOf(doc, '3.4').reached).toEqual({ text: '65,5%', value: 65.5 });
    // Figures entered: the computed percentage, as before.
    expect(rowOf(doc, '3.5').reached).toEqual({ text: '50%', value: 50 });
  });

  it('the body counts it with the verdict it got and names the level reached', () => {
    const text = bodyText(doc);
    expect(text).toContain(
      'đến nay đạt 2/4 chỉ tiêu, trong đó 1 chỉ tiêu vượt mức giao; 2 chỉ tiêu chưa đạt.',
    );
    expect(text).toContain('3.4. Chỉ tiêu 3.4: 65,5% (chỉ tiêu 70%).');
    expect(text).not.toContain('chưa có kết quả');
  });

  it('a criterion with only the commune’s own judgement shows it (the verdict came from it)', () => {
    const judged = buildCommuneReport(
      source([
        criterion('3.6', { comparator: '>=', value: 20 }, { selfJudgement: 'not_met' }),
        criterion('1.1', { comparator: '=', value: 'Có' }, { selfJudgement: 'met' }, { kind: 'yes_no' }),
      ]),
    );
    expect(rowOf(judged, '3.6').reached).toEqual({ text: 'Chưa đạt' });
    expect(rowOf(judged, '1.1').reached).toEqual({ text: 'Đạt' });
    const text = bodyText(judged);
    expect(text).toContain('đến nay đạt 1/2 chỉ tiêu; 1 chỉ tiêu chưa đạt.');
    expect(text).toContain('3.6. Chỉ tiêu 3.6: Chưa đạt (chỉ tiêu 20%).');
  });

  it('a criterion with nothing entered still says so', () => {
    const empty = criterion('3.6', { comparator: '>=', value: 20 }, {});
    const text = bodyText(buildCommuneReport(source([{ ...empty, result: null }])));
    expect(text).toContain('3.6. Chỉ tiêu 3.6: chưa có kết quả (chỉ tiêu 20%).');
  });
});

describe('index report (seed 003) when only a percentage was entered', () => {
  const doc = buildIndexReport(
    source([
      indicator('8.1', { kind: 'proportional' }, { typedPercent: 84.8 }),
      indicator('7.4', { kind: 'proportional' }, { numerator: 7, denominator: 19 }),
    ]),
  );

  it('"Kết quả thực hiện" shows the percentage as entered, and its points count', () => {
    expect(rowOf(doc, '8.1').result?.text).toBe('84,8%');
    expect(rowOf(doc, '8.1').points).toEqual({ text: '8,48', value: 8.48 });
    expect(rowOf(doc, '7.4').result?.text).toBe('7/19 = 36,8%');
  });

  it('the body does not count it among indicators not entered', () => {
    const text = bodyText(doc);
    expect(text).toContain('Tổng điểm tự chấm: 12,16/20 điểm');
    expect(text).not.toContain('chưa nhập kết quả');
    expect(text).not.toContain('chưa có kết quả');
  });
});
