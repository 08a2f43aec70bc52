import type { RoleAssignment } from '@xaso/domain/contracts/auth';
import { ROLE_LABELS } from '@xaso/domain/roles';

/** "Cán bộ xã — Xã Bát Mọt" */
export function roleAssignmentLabel(assignment: RoleAssignment): string {
  return `${ROLE_LABELS[assignment.role]} — ${assignment.orgUnit.name}`;
}
