import { formatDayVi } from '../text.ts';

/**
 * A support plan (phương án hỗ trợ; seed 002, Điều 2, 3.2): what the responsible member proposes to help a
 * commune complete a criterion it cannot complete alone — actions, who carries each out, by when, and the
 * budget if any — submitted to the committee head for decision.
 */
export type SupportPlanAction = {
  description: string;
  /** Departments of the area that carry it out. */
  unitIds: string[];
  /** Outside organisations that carry it out (a telecom, a bank). */
  partnerIds: string[];
  /** ISO day. */
  dueDate: string;
};

export type SupportPlan = {
  summary: string;
  actions: SupportPlanAction[];
  /** Whole đồng, and where the money comes from; null when the plan costs nothing. */
  budget: { amountVnd: number; source: string } | null;
};

export const PLAN_MESSAGES = {
  noAction: 'Phương án cần ít nhất một nội dung hỗ trợ.',
  noCarrier: 'Ghi đơn vị hoặc tổ chức thực hiện nội dung này.',
  unitUnknown: 'Đơn vị thực hiện phải là một phòng, ban của địa bàn.',
  partnerUnknown: 'Không tìm thấy tổ chức này trong danh sách đối tác.',
  pastDue: (day: string) => `Thời hạn ${formatDayVi(day)} đã qua: chọn từ hôm nay trở đi.`,
  afterConfirmation: (n: number, day: string) =>
    `Nội dung ${n} xong sau hạn xác nhận kết quả (${formatDayVi(day)}): kết quả sẽ không kịp tính cho năm nay.`,
};

/**
 * Checks a plan when the member submits it. `fields` are refusals, keyed like the API's field errors
 * (`actions.1.dueDate`); `warnings` do not stop it: an action due after the cycle's confirmation deadline
 * (10/12 in Thường Xuân) still helps the commune, only not for this year's recognition.
 */
export function checkPlan(
  plan: SupportPlan,
  context: {
    today: string;
    confirmationDeadline: string;
    departmentIds: ReadonlySet<string>;
    partnerIds: ReadonlySet<string>;
  },
): { fields: Record<string, string>; warnings: string[] } {
  const fields: Record<string, string> = {};
  const warnings: string[] = [];
  if (plan.actions.length === 0) fields.actions = PLAN_MESSAGES.noAction;
  plan.actions.forEach((a, i) => {
    const at = `actions.${i}`;
    if (a.unitIds.length === 0 && a.partnerIds.length === 0)
      fields[`${at}.unitIds`] = PLAN_MESSAGES.noCarrier;
    a.unitIds.forEach((id, j) => {
      if (!context.departmentIds.has(id)) fields[`${at}.unitIds.${j}`] = PLAN_MESSAGES.unitUnknown;
    });
    a.partnerIds.forEach((id, j) => {
      if (!context.partnerIds.has(id)) fields[`${at}.partnerIds.${j}`] = PLAN_MESSAGES.partnerUnknown;
    });
    if (a.dueDate < context.today) fields[`${at}.dueDate`] = PLAN_MESSAGES.pastDue(a.dueDate);
    else if (a.dueDate > context.confirmationDeadline)
      warnings.push(PLAN_MESSAGES.afterConfirmation(i + 1, context.confirmationDeadline));
  });
  return { fields, warnings };
}
