import { z } from 'zod';
import { textLine } from './common.ts';

/** The closed list of audited changes. */
export const AUDIT_ACTIONS = [
  'user.created',
  'user.password_reset',
  'user.password_changed',
  'user.roles_set',
  'user.activated',
  'user.deactivated',
  'org_unit.created',
  'org_unit.updated',
  'org_unit.closed',
  'org_units.imported',
  'framework.imported',
  'cycle.created',
  'cycle.updated',
  'cycle.communes_reopened',
  'cycle.closed',
  'cycle.deleted',
  'assessment.result_saved',
  'assessment.registered',
  'assessment.submitted',
  'assessment.withdrawn',
  'assessment.reopened',
  'evidence.uploaded',
  'evidence.updated',
  'evidence.linked',
  'evidence.unlinked',
  'evidence.deleted',
  'document.requested',
  'roadmap.saved',
  'roadmap.imported',
  'partner.created',
  'responsibility.copied',
  'responsibility.saved',
  'session.login',
  'session.logout',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'user.created': 'Tạo tài khoản',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.password_changed': 'Đổi mật khẩu',
  'user.roles_set': 'Phân quyền',
  'user.activated': 'Mở khóa tài khoản',
  'user.deactivated': 'Khóa tài khoản',
  'org_unit.created': 'Thêm đơn vị',
  'org_unit.updated': 'Sửa đơn vị',
  'org_unit.closed': 'Kết thúc hiệu lực đơn vị',
  'org_units.imported': 'Nhập danh mục đơn vị',
  'framework.imported': 'Nhập bộ tiêu chí/chỉ số',
  'cycle.created': 'Mở kỳ đánh giá',
  'cycle.updated': 'Sửa kỳ đánh giá',
  'cycle.communes_reopened': 'Mở lại cho nhiều xã',
  'cycle.closed': 'Đóng kỳ đánh giá',
  'cycle.deleted': 'Xóa kỳ đánh giá',
  'assessment.result_saved': 'Lưu kết quả tiêu chí',
  'assessment.registered': 'Đăng ký sớm tiêu chí',
  'assessment.submitted': 'Gửi bản tự đánh giá',
  'assessment.withdrawn': 'Rút lại bản tự đánh giá',
  'assessment.reopened': 'Mở lại bản tự đánh giá',
  'evidence.uploaded': 'Tải lên minh chứng',
  'evidence.updated': 'Sửa thông tin minh chứng',
  'evidence.linked': 'Gắn minh chứng',
  'evidence.unlinked': 'Bỏ gắn minh chứng',
  'evidence.deleted': 'Xóa minh chứng',
  'document.requested': 'Tạo văn bản báo cáo',
  'roadmap.saved': 'Sửa lộ trình',
  'roadmap.imported': 'Nhập lộ trình từ Excel',
  'partner.created': 'Thêm tổ chức phối hợp',
  'responsibility.copied': 'Sao chép phân công từ kỳ trước',
  'responsibility.saved': 'Sửa phân công trách nhiệm',
  'session.login': 'Đăng nhập',
  'session.logout': 'Đăng xuất',
};

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string() }).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  payload: z.object({ v: z.literal(1), before: z.unknown().optional(), after: z.unknown().optional() }),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityId: textLine().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditListResponseSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
});
