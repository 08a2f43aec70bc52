import { isApiError } from '../../lib/api-client.ts';

const FIELDS = ['leadUnitId', 'coordinatingUnitIds', 'partnerIds', 'responsibleMemberId'] as const;

/**
 * The server's field messages of an assignment (`rows.3.leadUnitId`, `patch.partnerIds.1`) keyed by the form's
 * field, since a form of one assignment has no row number; messages on other paths are left to the caller.
 */
export function assignmentFieldErrors(error: unknown): { name: string; errors: string[] }[] {
  if (!isApiError(error)) return [];
  const found = new Map<string, string>();
  for (const [path, message] of Object.entries(error.fields)) {
    const field = FIELDS.find((f) => path.split('.').includes(f));
    if (field && !found.has(field)) found.set(field, message);
  }
  return [...found].map(([name, message]) => ({ name, errors: [message] }));
}
