import { describe, expect, it } from 'vitest';
import { carryForward } from './carry-forward.ts';

const codes = new Set(['1.1', '1.2', '3.2']);

describe('carryForward', () => {
  it('a settled met or exceeded result carries to the scheduled year, with its own year', () => {
    const out = carryForward(
      [
        { code: '1.1', verdict: 'met', year: 2023, state: 'final' },
        { code: '3.2', verdict: 'exceeded', year: 2023, state: 'final' },
      ],
      codes,
      2025,
    );
    expect(out).toEqual({
      carried: [
        { code: '1.1', verdict: 'met', year: 2023 },
        { code: '3.2', verdict: 'exceeded', year: 2023 },
      ],
      notCarried: [],
    });
  });

  it('says why each other result does not carry', () => {
    const out = carryForward(
      [
        { code: '1.1', verdict: 'met', year: 2023, state: 'confirmed' },
        { code: '1.2', verdict: 'not_met', year: 2023, state: 'final' },
        { code: '9.9', verdict: 'met', year: 2023, state: 'final' },
        { code: '3.2', verdict: 'met', year: 2025, state: 'final' },
      ],
      codes,
      2025,
    );
    expect(out.carried).toEqual([]);
    expect(out.notCarried).toEqual([
      {
        code: '1.1',
        year: 2023,
        reason: 'Kết quả năm 2023 chưa được cơ quan thường trực chốt (BCĐ đã đánh giá)',
      },
      { code: '1.2', year: 2023, reason: 'Kết quả năm 2023: Chưa đạt, không có gì để chuyển' },
      { code: '9.9', year: 2023, reason: 'Bộ tiêu chí năm 2025 không có tiêu chí 9.9' },
      { code: '3.2', year: 2025, reason: 'Kết quả năm 2025 không sớm hơn năm 2025 được giao' },
    ]);
  });

  it('results sent or recognised are settled too', () => {
    const out = carryForward(
      [
        { code: '1.1', verdict: 'met', year: 2023, state: 'sent' },
        { code: '1.2', verdict: 'met', year: 2023, state: 'recognised' },
      ],
      codes,
      2024,
    );
    expect(out.carried.map((c) => c.code)).toEqual(['1.1', '1.2']);
  });

  it('of two early years for one criterion the later carries, whatever the order given', () => {
    const a = { code: '1.1', verdict: 'met' as const, year: 2023, state: 'final' as const };
    const b = { ...a, verdict: 'exceeded' as const, year: 2024 };
    expect(carryForward([a, b], codes, 2025).carried).toEqual([
      { code: '1.1', verdict: 'exceeded', year: 2024 },
    ]);
    expect(carryForward([b, a], codes, 2025).carried).toEqual([
      { code: '1.1', verdict: 'exceeded', year: 2024 },
    ]);
  });
});
