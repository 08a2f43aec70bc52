import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { searchKey } from '@xaso/domain/text';

export type MatrixRow = MatrixResponse['rows'][number];

/**
 * The rows a search finds, as they read on screen (`searchMatrix` of the domain, over names the server already
 * sent): criterion code or name, lead or coordinating unit, partner, member; case and diacritics ignored.
 */
export function findRows(rows: readonly MatrixRow[], query: string, onlyUnassigned: boolean): MatrixRow[] {
  const q = searchKey(query);
  return rows.filter((r) => {
    if (onlyUnassigned && r.responsibleMember !== null) return false;
    if (!q) return true;
    return [
      r.criterion.code,
      r.criterion.name,
      r.leadUnit?.name ?? '',
      ...r.coordinatingUnits.map((u) => u.name),
      ...r.partners.map((p) => p.name),
      r.responsibleMember?.displayName ?? '',
    ].some((text) => searchKey(text).includes(q));
  });
}

/** The fields a bulk assignment sets: those the office filled, the others left as they are. */
export type AssignmentValues = {
  leadUnitId?: string | null;
  coordinatingUnitIds?: string[];
  partnerIds?: string[];
  responsibleMemberId?: string | null;
};

export function bulkPatch(values: AssignmentValues) {
  const patch: AssignmentValues = {};
  if (values.leadUnitId) patch.leadUnitId = values.leadUnitId;
  if (values.coordinatingUnitIds?.length) patch.coordinatingUnitIds = values.coordinatingUnitIds;
  if (values.partnerIds?.length) patch.partnerIds = values.partnerIds;
  if (values.responsibleMemberId) patch.responsibleMemberId = values.responsibleMemberId;
  return patch;
}

/** A row's edit: every field as the form holds it, an emptied one cleared. */
export function rowPatch(values: AssignmentValues) {
  return {
    leadUnitId: values.leadUnitId ?? null,
    coordinatingUnitIds: values.coordinatingUnitIds ?? [],
    partnerIds: values.partnerIds ?? [],
    responsibleMemberId: values.responsibleMemberId ?? null,
  };
}

export function rowValues(row: MatrixRow): AssignmentValues {
  return {
    leadUnitId: row.leadUnit?.id ?? null,
    coordinatingUnitIds: row.coordinatingUnits.map((u) => u.id),
    partnerIds: row.partners.map((p) => p.id),
    responsibleMemberId: row.responsibleMember?.id ?? null,
  };
}
