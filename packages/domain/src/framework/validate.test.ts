import { describe, expect, it } from 'vitest';
import { frameworkJsonSchema } from './json-schema.ts';
import { normaliseFramework } from './normalise.ts';
import { formatTargetText, parseTargetText } from './target-text.ts';
import { validateFramework } from './validate.ts';

/** A small but complete criteria set, reused and broken by the cases below. */
function criteriaSet() {
  return {
    id: 'thu-nghiem-2024',
    title: 'Bộ tiêu chí thử nghiệm',
    legalBasis: { number: '1/QĐ-UBND', date: '2024-01-02', issuer: 'Chủ tịch UBND tỉnh' },
    kind: 'criteria',
    appliesTo: 'commune',
    years: [2024, 2025],
    groups: [
      {
        code: '1',
        name: 'Chính quyền số',
        items: [
          {
            code: '1.6',
            name: 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến',
            unit: '%',
            measure: { kind: 'ratio', numeratorLabel: 'hồ sơ trực tuyến', denominatorLabel: 'hồ sơ' },
            targets: { '2024': { comparator: '>=', value: 75 }, '2025': { comparator: '>=', value: 80 } },
            dependency: 'independent',
            provenance: { source: 'seed 001', status: 'confirmed' },
          },
          {
            code: '1.7',
            name: 'Kênh giao tiếp với người dân',
            measure: { kind: 'yes_no' },
            targets: { '2024': { comparator: '=', value: 'Có' }, '2025': null },
            dependency: 'independent',
            provenance: { source: 'seed 001', status: 'confirmed' },
          },
        ],
      },
    ],
  };
}

type Data = ReturnType<typeof criteriaSet> & Record<string, unknown>;
const item = (d: Data, i: number) => d.groups[0]!.items[i] as Record<string, unknown>;

describe('validateFramework', () => {
  it('accepts a well-formed criteria set', () => {
    expect(validateFramework(criteriaSet())).toMatchObject({ ok: true });
  });

  it.each<[string, (d: Data) => void, string, string]>([
    [
      'duplicate item code',
      (d) => Object.assign(item(d, 1), { code: '1.6' }),
      'groups[0].items[1].code',
      'Mục 1.6',
    ],
    [
      'target for a year outside the framework',
      (d) => Object.assign(item(d, 0), { targets: { ...(item(d, 0).targets as object), '2026': null } }),
      'groups[0].items[0].targets.2026',
      'năm 2026 không thuộc các năm của bộ',
    ],
    [
      'missing target year',
      (d) => Object.assign(item(d, 1), { targets: { '2024': { comparator: '=', value: 'Có' } } }),
      'groups[0].items[1].targets.2025',
      'thiếu chỉ tiêu năm 2025',
    ],
    [
      'maxPoints on a criterion',
      (d) => Object.assign(item(d, 0), { maxPoints: 10 }),
      'groups[0].items[0].maxPoints',
      "Mục 1.6, trường 'maxPoints'",
    ],
    [
      'ratio target above 100',
      (d) =>
        Object.assign(item(d, 0), { targets: { '2024': { comparator: '>=', value: 120 }, '2025': null } }),
      'groups[0].items[0].targets.2024',
      'từ 0 đến 100',
    ],
    [
      'yes/no target that is not "Có"',
      (d) =>
        Object.assign(item(d, 1), { targets: { '2024': { comparator: '=', value: 'Đạt' }, '2025': null } }),
      'groups[0].items[1].targets.2024',
      'chỉ tiêu là = "Có"',
    ],
    ['unknown key (typo)', (d) => Object.assign(item(d, 0), { unti: '%' }), 'groups[0].items[0]', 'unti'],
    [
      'missing provenance',
      (d) => delete item(d, 1).provenance,
      'groups[0].items[1].provenance',
      'Thiếu trường',
    ],
    [
      'bad measure kind',
      (d) => Object.assign(item(d, 0), { measure: { kind: 'percent' } }),
      'groups[0].items[0].measure.kind',
      'ratio, yes_no',
    ],
    ['bad date', (d) => Object.assign(d.legalBasis, { date: '30/5/2023' }), 'legalBasis.date', 'yyyy-mm-dd'],
  ])('rejects %s, naming the item and field in Vietnamese', (_name, breakIt, field, text) => {
    const data = criteriaSet() as Data;
    breakIt(data);
    const result = validateFramework(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue?.message).toContain(text);
  });

  it('checks index rules against measures and maxima', () => {
    const index = {
      ...criteriaSet(),
      kind: 'index',
      groups: [
        {
          code: '7',
          name: 'Hoạt động kinh tế số',
          items: [
            {
              code: '7.4',
              name: 'Tỷ lệ doanh nghiệp nộp thuế điện tử',
              measure: { kind: 'yes_no' },
              maxPoints: 10,
              rule: { kind: 'proportional' },
              provenance: { source: 'seed 003', status: 'inferred' },
            },
            {
              code: '6.8',
              name: 'Tỷ lệ văn bản điện tử',
              measure: { kind: 'ratio', numeratorLabel: 'a', denominatorLabel: 'b' },
              maxPoints: null,
              rule: { kind: 'proportional' },
              provenance: { source: 'seed 003', status: 'confirmed' },
            },
          ],
        },
      ],
    };
    const result = validateFramework(index);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      "Mục 7.4, trường 'rule': cách chấm proportional cần cách đo ratio (tử số / mẫu số)",
      "Mục 6.8, trường 'provenance.status': điểm tối đa chưa biết thì nguồn không thể là confirmed",
    ]);
  });
});

describe('normaliseFramework', () => {
  it('gives every item every key, with one target per year and null where none applies', () => {
    const result = validateFramework(criteriaSet());
    if (!result.ok) throw new Error('fixture invalid');
    const normalised = normaliseFramework(result.framework);
    expect(Object.keys(normalised)).toEqual([
      'id',
      'kind',
      'title',
      'legalBasis',
      'appliesTo',
      'years',
      'groups',
    ]);
    expect(normalised.groups[0]?.items[1]).toEqual({
      code: '1.7',
      name: 'Kênh giao tiếp với người dân',
      unit: null,
      measure: { kind: 'yes_no' },
      targets: { '2024': { comparator: '=', value: 'Có' }, '2025': null },
      dependency: 'independent',
      maxPoints: null,
      rule: null,
      guidance: null,
      provenance: { source: 'seed 001', status: 'confirmed' },
    });
  });
});

describe('target text (Excel cells)', () => {
  it.each([
    ['>= 75', { comparator: '>=', value: 75 }],
    ['≥ 62,8%', { comparator: '>=', value: 62.8 }],
    ['75%', { comparator: '>=', value: 75 }],
    ['Có', { comparator: '=', value: 'Có' }],
    ['>= Đáp ứng', { comparator: '>=', value: 'Đáp ứng' }],
    ['*', { comparator: '*', value: '*' }],
    ['* phụ thuộc điều kiện', { comparator: '*', value: 'phụ thuộc điều kiện' }],
    ['', null],
  ])('reads %j', (text, target) => {
    expect(parseTargetText(text)).toEqual({ ok: true, target });
    if (target) expect(parseTargetText(formatTargetText(target as never))).toEqual({ ok: true, target });
  });

  it('rejects a comparator without a value', () => {
    expect(parseTargetText('>=')).toMatchObject({ ok: false });
  });
});

describe('frameworkJsonSchema', () => {
  it('describes the file shape for editors', () => {
    const schema = frameworkJsonSchema();
    expect(schema.$id).toContain('framework.schema.json');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'kind', 'groups', 'legalBasis']));
  });
});
