import { describe, expect, it } from 'vitest';
import { carryForward } from './carry-forward.ts';

// "From an earlier year than the scheduled one": both sides.
describe('carryForward: the year', () => {
  const result = (year: number) => [{ code: '1.1', verdict: 'met' as const, year, state: 'final' as const }];
  it('the year just before the scheduled one carries', () => {
    expect(carryForward(result(2024), new Set(['1.1']), 2025).carried).toEqual([
      { code: '1.1', verdict: 'met', year: 2024 },
    ]);
  });
  it('the scheduled year itself does not', () => {
    expect(carryForward(result(2025), new Set(['1.1']), 2025).carried).toEqual([]);
  });
  it('of two results of the same year, the first given stays (the later year wins only when later)', () => {
    const first = { code: '1.1', verdict: 'met' as const, year: 2023, state: 'final' as const };
    const second = { ...first, verdict: 'exceeded' as const };
    expect(carryForward([first, second], new Set(['1.1']), 2025).carried).toEqual([
      { code: '1.1', verdict: 'met', year: 2023 },
    ]);
  });
});
