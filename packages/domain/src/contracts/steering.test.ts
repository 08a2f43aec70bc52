import { describe, expect, it } from 'vitest';
import {
  bulkAssignRequestSchema,
  classificationQuerySchema,
  createSupportRequestSchema,
  cycleProposalQuerySchema,
  markReadRequestSchema,
  putRoadmapRequestSchema,
  responsibilityRowSchema,
  supportEventRequestSchema,
  supportPlanSchema,
} from './steering.ts';

const A = '0b9f6a52-5b3e-4c1e-9d7a-1c2b3d4e5f60';
const B = '1b9f6a52-5b3e-4c1e-9d7a-1c2b3d4e5f61';
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('steering contracts', () => {
  it('keeps roadmap years in the cycles’ range, whole', () => {
    const entry = (year: number) =>
      putRoadmapRequestSchema.safeParse({ entries: [{ communeUnitId: A, year }], expectedVersion: 0 });
    expect(entry(2020).success).toBe(true);
    expect(messages(entry(2019))).toEqual(['entries.0.year: Năm phải từ 2020 đến 2100.']);
    expect(messages(entry(2101))).toEqual(['entries.0.year: Năm phải từ 2020 đến 2100.']);
    expect(messages(entry(2024.5))).toEqual(['entries.0.year: Năm phải là số nguyên, ví dụ 2024.']);
    expect(cycleProposalQuerySchema.parse({ year: '2024' })).toEqual({ year: 2024 });
  });

  it('refuses a unit or partner chosen twice in a row of the matrix', () => {
    const row = {
      criterionCode: '3.2',
      leadUnitId: A,
      coordinatingUnitIds: [B, B],
      partnerIds: [],
      responsibleMemberId: null,
    };
    expect(messages(responsibilityRowSchema.safeParse(row))).toEqual([
      'coordinatingUnitIds: Có mục được chọn hai lần.',
    ]);
    expect(
      messages(responsibilityRowSchema.safeParse({ ...row, coordinatingUnitIds: [], criterionCode: '3.x' })),
    ).toEqual(['criterionCode: Mã tiêu chí không hợp lệ.']);
  });

  it('wants a bulk assignment to set something, and only fields the matrix has', () => {
    const bulk = (patch: object) =>
      bulkAssignRequestSchema.safeParse({ criterionCodes: ['1.1'], patch, expectedVersion: 3 });
    expect(bulk({ responsibleMemberId: A }).success).toBe(true);
    expect(bulk({ responsibleMemberId: null }).success).toBe(true);
    expect(messages(bulk({}))).toEqual(['patch: Chọn ít nhất một nội dung để gán.']);
    expect(bulk({ criterionCode: '1.2' }).success).toBe(false);
    expect(
      messages(
        bulkAssignRequestSchema.safeParse({
          criterionCodes: [],
          patch: { leadUnitId: A },
          expectedVersion: 0,
        }),
      ),
    ).toEqual(['criterionCodes: Chọn ít nhất một tiêu chí.']);
  });

  it('reads a filter given once or repeated as a list', () => {
    expect(classificationQuerySchema.parse({ value: 'needs_support' })).toEqual({ value: ['needs_support'] });
    expect(classificationQuerySchema.parse({ criterionCode: ['1.1', '3.4'] })).toEqual({
      criterionCode: ['1.1', '3.4'],
    });
    expect(classificationQuerySchema.parse({})).toEqual({});
    expect(classificationQuerySchema.safeParse({ value: 'maybe' }).success).toBe(false);
  });

  it('wants a request to say what is needed, and stores it as NFC text', () => {
    const body = {
      cycleId: A,
      communeUnitId: B,
      criterionCode: '3.4',
      need: 'Cần hỗ trợ',
      neededBy: '2024-03-15',
    };
    expect(messages(createSupportRequestSchema.safeParse({ ...body, need: 'Giúp với' }))).toEqual([
      'need: Vui lòng ghi rõ nội dung cần hỗ trợ (ít nhất 10 ký tự).',
    ]);
    const parsed = createSupportRequestSchema.parse({
      ...body,
      need: 'Hỗ trợ tuyên truyền'.normalize('NFD'),
    });
    expect(parsed.need).toBe('Hỗ trợ tuyên truyền');
    expect(parsed.evidenceIds).toEqual([]);
    expect(messages(createSupportRequestSchema.safeParse({ ...body, neededBy: '2024-02-30' }))).toEqual([
      'neededBy: Ngày cần được hỗ trợ không hợp lệ.',
    ]);
  });

  it('carries with each event what it needs: an answer, a plan, a reason to return it', () => {
    expect(supportEventRequestSchema.parse({ event: 'close', expectedVersion: 2 })).toEqual({
      event: 'close',
      note: null,
      expectedVersion: 2,
    });
    expect(
      messages(
        supportEventRequestSchema.safeParse({ event: 'return_plan', reason: ' ', expectedVersion: 1 }),
      ),
    ).toEqual(['reason: Vui lòng ghi lý do trả lại để thành viên BCĐ sửa phương án.']);
    expect(
      messages(supportEventRequestSchema.safeParse({ event: 'answer', answer: '', expectedVersion: 1 })),
    ).toEqual(['answer: Vui lòng nhập nội dung trả lời.']);
    expect(supportEventRequestSchema.safeParse({ event: 'approve', expectedVersion: 1 }).success).toBe(false);
  });

  it('wants a plan with actions, and a budget in whole đồng with its source', () => {
    const action = { description: 'Tập huấn', unitIds: [A], dueDate: '2024-06-30' };
    expect(supportPlanSchema.parse({ summary: 'PA', actions: [action] })).toMatchObject({
      budget: null,
      actions: [{ partnerIds: [] }],
    });
    expect(messages(supportPlanSchema.safeParse({ summary: 'PA', actions: [] }))).toEqual([
      'actions: Phương án cần ít nhất một nội dung hỗ trợ.',
    ]);
    const budget = (amountVnd: number, source = 'Ngân sách huyện') =>
      messages(
        supportPlanSchema.safeParse({ summary: 'PA', actions: [action], budget: { amountVnd, source } }),
      );
    expect(budget(15_000_000)).toEqual([]);
    expect(budget(-1)).toEqual(['budget.amountVnd: Kinh phí không được âm.']);
    expect(budget(1.5)).toEqual(['budget.amountVnd: Kinh phí tính bằng đồng, không có phần lẻ.']);
    expect(budget(1, ' ')).toEqual(['budget.source: Vui lòng ghi nguồn kinh phí.']);
  });

  it('marks some notifications read by id, or all', () => {
    expect(markReadRequestSchema.safeParse({ ids: [A] }).success).toBe(true);
    expect(markReadRequestSchema.safeParse({ all: true }).success).toBe(true);
    expect(markReadRequestSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(markReadRequestSchema.safeParse({ all: false }).success).toBe(false);
  });
});
