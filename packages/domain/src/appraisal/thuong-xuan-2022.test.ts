import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS, type Verdict } from '../scoring/types.ts';
import { committeeVerdict } from './committee-verdict.ts';
import { recognitionEligibility } from './eligibility.ts';
import {
  COMMUNES_2022,
  NOT_ASSESSED_2022,
  RANKING_DECISION_567,
  SEED_000_LINES,
} from './thuong-xuan-2022.fixture.ts';

// Seed 000, appendix 1: the committee's column comes out of the committee's verdict, and all three communes
// come out eligible.
function committeeColumn(commune: number): Record<string, Verdict> {
  const out: Record<string, Verdict> = {};
  for (const l of SEED_000_LINES) {
    const entry = Array.isArray(l.entry) ? l.entry[commune] : l.entry;
    const v = committeeVerdict({
      criterion: l.criterion,
      year: 2022,
      self: l.self[commune],
      cycleExcludes: NOT_ASSESSED_2022.has(l.criterion.code),
      ...entry,
    });
    if (!v.ok) throw new Error(`${l.criterion.code}: ${JSON.stringify(v.errors)}`);
    out[l.criterion.code] = v.verdict;
  }
  return out;
}

describe('seed 000: Thường Xuân, 2022', () => {
  it('the appendix has the 30 lines of QĐ 1829 it prints', () => {
    expect(SEED_000_LINES).toHaveLength(30);
  });

  it.each(COMMUNES_2022.map((name, i) => [name, i] as const))(
    '%s: every committee verdict is the one the appendix prints',
    (_name, i) => {
      const column = committeeColumn(i);
      for (const l of SEED_000_LINES) {
        expect([l.criterion.code, VERDICT_LABELS[column[l.criterion.code] ?? 'not_met']]).toEqual([
          l.criterion.code,
          l.committee[i],
        ]);
      }
    },
  );

  it.each(COMMUNES_2022.map((name, i) => [name, i] as const))(
    '%s is eligible for any published index above 70%%, and not at 70%% exactly',
    (_name, i) => {
      const finalResults = committeeColumn(i);
      const assignedCriteria = SEED_000_LINES.map((l) => l.criterion.code);
      const at = (percent: number) =>
        recognitionEligibility({
          assignedCriteria,
          finalResults,
          notApplicable: NOT_ASSESSED_2022,
          // The seed gives no points: only "trên 70%". Any figure it could have published is tried.
          index: {
            points: percent,
            max: null,
            published: { points: percent, percent, decision: RANKING_DECISION_567 },
          },
        });
      fc.assert(
        fc.property(fc.double({ min: 70, max: 100, noNaN: true, minExcluded: true }), (percent) => {
          const result = at(percent);
          expect(result.eligible).toBe(true);
          expect(result.reasons.filter((r) => r.kind === 'criterion')).toHaveLength(29);
          expect(result.reasons.find((r) => r.code === '2.5')?.kind).toBe('criterion_excluded');
          expect(result.reasons.at(-1)?.message).toContain('567/QĐ-UBND');
        }),
      );
      expect(at(70).eligible).toBe(false);
    },
  );

  it('without the committee call on 3.2, Yên Nhân 62,8% is only "Đạt" and the other two stay "Vượt chỉ tiêu"', () => {
    const line = SEED_000_LINES.find((l) => l.criterion.code === '3.2');
    const verdicts = [0, 1, 2].map((i) => {
      const v = committeeVerdict({
        criterion: line!.criterion,
        year: 2022,
        self: line!.self[i],
        cycleExcludes: false,
      });
      return v.ok ? v.verdict : null;
    });
    expect(verdicts).toEqual(['exceeded', 'met', 'exceeded']);
  });
});
