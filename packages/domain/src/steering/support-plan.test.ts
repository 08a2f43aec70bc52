import { describe, expect, it } from 'vitest';
import { checkPlan, type SupportPlan } from './support-plan.ts';

const context = {
  today: '2024-03-01',
  confirmationDeadline: '2024-12-10',
  departmentIds: new Set(['vhtt', 'vp']),
  partnerIds: new Set(['viettel', 'vnpt']),
};
const action = (a: Partial<SupportPlan['actions'][number]> = {}) => ({
  description: 'Hỗ trợ người dân cài ứng dụng an toàn thông tin trên điện thoại thông minh',
  unitIds: ['vhtt'],
  partnerIds: ['viettel'],
  dueDate: '2024-06-30',
  ...a,
});
const plan = (actions: SupportPlan['actions']): SupportPlan => ({
  summary: 'Phương án',
  actions,
  budget: null,
});

describe('checkPlan', () => {
  it('accepts actions carried out by known units or partners, due from today to the confirmation deadline', () => {
    expect(
      checkPlan(
        plan([
          action(),
          action({ unitIds: [], dueDate: '2024-03-01' }),
          action({ partnerIds: [], dueDate: '2024-12-10' }),
        ]),
        context,
      ),
    ).toEqual({ fields: {}, warnings: [] });
  });

  it('wants at least one action', () => {
    expect(checkPlan(plan([]), context).fields).toEqual({
      actions: 'Phương án cần ít nhất một nội dung hỗ trợ.',
    });
  });

  it('wants someone to carry out each action, and only units and partners of the area', () => {
    expect(
      checkPlan(
        plan([action({ unitIds: [], partnerIds: [] }), action({ unitIds: ['vp', 'x'], partnerIds: ['y'] })]),
        context,
      ).fields,
    ).toEqual({
      'actions.0.unitIds': 'Ghi đơn vị hoặc tổ chức thực hiện nội dung này.',
      'actions.1.unitIds.1': 'Đơn vị thực hiện phải là một phòng, ban của địa bàn.',
      'actions.1.partnerIds.0': 'Không tìm thấy tổ chức này trong danh sách đối tác.',
    });
  });

  it('refuses a due day already past, and warns of one after the confirmation deadline (both sides of each)', () => {
    const r = checkPlan(
      plan([
        action({ dueDate: '2024-02-29' }),
        action({ dueDate: '2024-03-01' }),
        action({ dueDate: '2024-12-10' }),
        action({ dueDate: '2024-12-11' }),
      ]),
      context,
    );
    expect(r.fields).toEqual({ 'actions.0.dueDate': 'Thời hạn 29/02/2024 đã qua: chọn từ hôm nay trở đi.' });
    expect(r.warnings).toEqual([
      'Nội dung 4 xong sau hạn xác nhận kết quả (10/12/2024): kết quả sẽ không kịp tính cho năm nay.',
    ]);
  });
});
