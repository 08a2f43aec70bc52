import { supportEventRequestSchema } from '@xaso/domain/contracts/steering';
import { describe, expect, test } from 'vitest';
import { initialValues, type PlanValues, planFieldName, planOf } from './plan-form-values.ts';

const UNIT = '5b0a6d3e-8a43-4c1e-9f0e-6a1d2b3c4d5e';
const PARTNER = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';

const returned = {
  summary: 'Tập huấn thanh toán số',
  actions: [
    {
      description: 'Tập huấn mở ví điện tử',
      units: [{ id: UNIT, name: 'Phòng Văn hóa và Thông tin' }],
      partners: [{ id: PARTNER, name: 'Ngân hàng Nông nghiệp' }],
      dueDate: '2026-09-30',
    },
  ],
  budget: { amountVnd: 150_000_000, source: 'Ngân sách huyện' },
  submittedBy: { id: 'u', displayName: 'Thành viên BCĐ' },
  submittedAt: '2026-05-01T02:00:00Z',
  warnings: [],
};

describe('the plan form', () => {
  test('a returned plan opens as it was and is sent back unchanged, a body the contract accepts', () => {
    const body = planOf(initialValues(returned));
    expect(body).toEqual({
      summary: returned.summary,
      actions: [
        {
          description: 'Tập huấn mở ví điện tử',
          unitIds: [UNIT],
          partnerIds: [PARTNER],
          dueDate: '2026-09-30',
        },
      ],
      budget: { amountVnd: 150_000_000, source: 'Ngân sách huyện' },
    });
    const parsed = supportEventRequestSchema.safeParse({
      event: 'submit_plan',
      plan: body,
      expectedVersion: 3,
    });
    expect(parsed.success).toBe(true);
  });

  test('a new plan starts with one empty action and no budget', () => {
    expect(initialValues(null)).toMatchObject({
      actions: [{ description: '', unitIds: [] }],
      hasBudget: false,
    });
  });

  test('text is trimmed, and the budget is sent only when ticked', () => {
    const values: PlanValues = {
      summary: '  Hỗ trợ  ',
      actions: [{ description: ' Lắp camera ', unitIds: [UNIT], partnerIds: [], dueDate: '2026-10-01' }],
      hasBudget: false,
      amountVnd: 5_000_000,
      source: 'Ngân sách xã',
    };
    expect(planOf(values)).toMatchObject({
      summary: 'Hỗ trợ',
      actions: [{ description: 'Lắp camera' }],
      budget: null,
    });
    expect(planOf({ ...values, hasBudget: true, source: ' Ngân sách xã ' }).budget).toEqual({
      amountVnd: 5_000_000,
      source: 'Ngân sách xã',
    });
  });

  test("the server's field paths land on the form's fields", () => {
    expect(planFieldName('plan.summary')).toEqual(['summary']);
    expect(planFieldName('plan.actions.1.dueDate')).toEqual(['actions', 1, 'dueDate']);
    // A refused unit among several marks the picker it was chosen in.
    expect(planFieldName('plan.actions.0.unitIds.2')).toEqual(['actions', 0, 'unitIds']);
    expect(planFieldName('plan.budget.amountVnd')).toEqual(['amountVnd']);
    expect(planFieldName('plan.budget.source')).toEqual(['source']);
    expect(planFieldName('actions.2.partnerIds')).toEqual(['actions', 2, 'partnerIds']);
  });
});
