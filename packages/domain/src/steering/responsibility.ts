import { searchKey } from '../text.ts';

/**
 * The responsibility matrix (phân công trách nhiệm, seed 002): for each criterion of a cycle's criteria set,
 * the lead unit (chủ trì), the coordinating units (phối hợp) and the responsible member (thành viên BCĐ chịu
 * trách nhiệm chính). One matrix per cycle: opening a cycle copies the previous one.
 *
 * The matrix decides who sees which support requests and who confirms which results, so the member field
 * holds a user id, never a typed name.
 */
export type ResponsibilityRow = {
  criterionCode: string;
  /** A district department (an org unit of type `department`); null until assigned. */
  leadUnitId: string | null;
  /** Other departments of the area. */
  coordinatingUnitIds: string[];
  /** Outside organisations: telecoms, banks, the hospital, the power company (`Partner`). */
  partnerIds: string[];
  /** A user holding a steering role (member or head) in the area; null until assigned, and flagged. */
  responsibleMemberId: string | null;
};

/** An outside organisation named in the matrix ("Trung tâm Viettel Thường Xuân"): a name, not an account. */
export type Partner = { id: string; name: string };

/** Anything the matrix refers to, as the office picks it from a list: a department, a partner, a member. */
export type Named = { id: string; name: string };

/** A criterion of a criteria set, as the matrix names it. */
export type CriterionRef = { code: string; name: string };

/** A row with nothing assigned yet. */
export function emptyRow(criterionCode: string): ResponsibilityRow {
  return {
    criterionCode,
    leadUnitId: null,
    coordinatingUnitIds: [],
    partnerIds: [],
    responsibleMemberId: null,
  };
}

export type CopiedMatrix = {
  /** One row per criterion of the new set, in the set's order. */
  rows: ResponsibilityRow[];
  /** Codes new in this set: their rows come empty. */
  added: string[];
  /** Codes of the previous matrix the new set no longer has: their rows are not copied. */
  dropped: string[];
  /**
   * Codes in both whose criterion was renamed (compared without case or diacritics): copied, but the same code
   * may now mean another criterion (the 2022 set's 30 criteria vs 1829/2023's 37), so the office should check.
   * Only found when the previous set's criteria are passed.
   */
  renamed: { code: string; before: string; after: string }[];
};

/**
 * The matrix a new cycle starts with: the previous cycle's rows matched by criterion code. A copy, never shared
 * arrays: editing the new matrix leaves the previous cycle's as it was appraised.
 */
export function copyFromPreviousCycle(
  previousRows: readonly ResponsibilityRow[],
  newCriteria: readonly CriterionRef[],
  previousCriteria: readonly CriterionRef[] = [],
): CopiedMatrix {
  const previous = new Map(previousRows.map((r) => [r.criterionCode, r]));
  const previousName = new Map(previousCriteria.map((c) => [c.code, c.name]));
  const newCodes = new Set(newCriteria.map((c) => c.code));
  const copied: CopiedMatrix = {
    rows: [],
    added: [],
    dropped: previousRows.map((r) => r.criterionCode).filter((code) => !newCodes.has(code)),
    renamed: [],
  };
  for (const criterion of newCriteria) {
    const row = previous.get(criterion.code);
    if (row === undefined) {
      copied.rows.push(emptyRow(criterion.code));
      copied.added.push(criterion.code);
      continue;
    }
    copied.rows.push(cloneRow(row));
    const before = previousName.get(criterion.code);
    if (before !== undefined && searchKey(before) !== searchKey(criterion.name))
      copied.renamed.push({ code: criterion.code, before, after: criterion.name });
  }
  return copied;
}

function cloneRow(row: ResponsibilityRow): ResponsibilityRow {
  return { ...row, coordinatingUnitIds: [...row.coordinatingUnitIds], partnerIds: [...row.partnerIds] };
}

/**
 * What bulk assignment sets on every selected row. A field left out stays as it was; a list given replaces
 * the row's list (duplicates dropped); `null` clears the lead unit or the member.
 */
export type AssignmentPatch = Partial<Omit<ResponsibilityRow, 'criterionCode'>>;

/**
 * Applies one patch to the rows of the criteria `codes` ("assign Lê Hữu Giáp to 1.1, 1.4, 1.7–1.10").
 * Codes the matrix does not have are returned, not ignored in silence.
 */
export function bulkAssign(
  rows: readonly ResponsibilityRow[],
  codes: readonly string[],
  patch: AssignmentPatch,
): { rows: ResponsibilityRow[]; unknownCodes: string[] } {
  const selected = new Set(codes);
  const known = new Set(rows.map((r) => r.criterionCode));
  const next = rows.map((row) => {
    if (!selected.has(row.criterionCode)) return row;
    const updated = cloneRow(row);
    if (patch.leadUnitId !== undefined) updated.leadUnitId = patch.leadUnitId;
    if (patch.responsibleMemberId !== undefined) updated.responsibleMemberId = patch.responsibleMemberId;
    if (patch.coordinatingUnitIds !== undefined)
      updated.coordinatingUnitIds = [...new Set(patch.coordinatingUnitIds)];
    if (patch.partnerIds !== undefined) updated.partnerIds = [...new Set(patch.partnerIds)];
    return updated;
  });
  return { rows: next, unknownCodes: [...new Set(codes)].filter((c) => !known.has(c)) };
}

/** The criteria with no responsible member, in the matrix's order: flagged on screen and in the export. */
export function unassignedCriteria(rows: readonly ResponsibilityRow[]): string[] {
  return rows.filter((r) => r.responsibleMemberId === null).map((r) => r.criterionCode);
}

/** The criteria a member is responsible for: what they see and answer for. */
export function criteriaOf(rows: readonly ResponsibilityRow[], memberId: string): string[] {
  return rows.filter((r) => r.responsibleMemberId === memberId).map((r) => r.criterionCode);
}

/** The responsible member of a criterion, or null (not assigned, or not in the matrix). */
export function responsibleFor(rows: readonly ResponsibilityRow[], criterionCode: string): string | null {
  return rows.find((r) => r.criterionCode === criterionCode)?.responsibleMemberId ?? null;
}

/** A change of responsible member between two versions of a matrix. */
export type AssignmentChange = { criterionCode: string; from: string | null; to: string | null };

/**
 * The member changes from one version of the matrix to the next, in the new version's order: what the audit
 * records and what sends "criterion assigned to you" (a change whose `to` is a person). A criterion new to the
 * matrix counts as coming from nobody.
 */
export function assignmentChanges(
  before: readonly ResponsibilityRow[],
  after: readonly ResponsibilityRow[],
): AssignmentChange[] {
  const was = new Map(before.map((r) => [r.criterionCode, r.responsibleMemberId]));
  return after.flatMap((r) => {
    const from = was.get(r.criterionCode) ?? null;
    return from === r.responsibleMemberId
      ? []
      : [{ criterionCode: r.criterionCode, from, to: r.responsibleMemberId }];
  });
}

/** Names shown for the matrix's ids, to search it as it reads on screen. */
export type MatrixLabels = {
  criteria: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  partners: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, string>;
};

/**
 * The rows a search finds: by criterion code or name, lead or coordinating unit, partner or member, ignoring
 * case and diacritics ("giap" finds Lê Hữu Giáp's criteria). An empty search finds every row.
 */
export function searchMatrix(
  rows: readonly ResponsibilityRow[],
  query: string,
  labels: MatrixLabels,
): ResponsibilityRow[] {
  const q = searchKey(query);
  const name = (map: ReadonlyMap<string, string>, id: string | null) => map.get(id ?? '') ?? '';
  return rows.filter((r) =>
    [
      r.criterionCode,
      name(labels.criteria, r.criterionCode),
      name(labels.units, r.leadUnitId),
      ...r.coordinatingUnitIds.map((id) => name(labels.units, id)),
      ...r.partnerIds.map((id) => name(labels.partners, id)),
      name(labels.members, r.responsibleMemberId),
    ].some((text) => searchKey(text).includes(q)),
  );
}

export const MATRIX_MESSAGES = {
  criterionTwice: (code: string) => `Tiêu chí ${code} có hai dòng phân công.`,
  criterionUnknown: (code: string) => `Bộ tiêu chí của kỳ không có tiêu chí ${code}.`,
  criteriaMissing: (codes: string[]) => `Thiếu dòng phân công cho tiêu chí ${codes.join(', ')}.`,
  leadUnknown: 'Đơn vị chủ trì phải là một phòng, ban của địa bàn.',
  coordinatingUnknown:
    'Đơn vị phối hợp phải là một phòng, ban của địa bàn; tổ chức bên ngoài chọn ở cột đối tác.',
  coordinatingIsLead: (name: string) => `${name} đã là đơn vị chủ trì, không ghi thêm ở đơn vị phối hợp.`,
  twice: (name: string) => `${name} được chọn hai lần.`,
  partnerUnknown:
    'Không tìm thấy tổ chức phối hợp này (doanh nghiệp viễn thông, ngân hàng, …) trong danh sách đối tác.',
  memberUnknown: 'Người chịu trách nhiệm phải là thành viên BCĐ của địa bàn.',
};

/**
 * Checks a matrix before it is saved, against what the area has: its departments, its partners, and the users
 * who hold a steering role there (`members`). With `criteria` (the cycle's codes), also that each criterion
 * has exactly one row. Answers a Vietnamese message per offending field, keyed like the API's field errors
 * (`rows.3.coordinatingUnitIds.1`), or none. A row without a member is allowed (work in progress) and flagged
 * by `unassignedCriteria` instead.
 */
export function validateMatrix(
  rows: readonly ResponsibilityRow[],
  refs: {
    departments: readonly Named[];
    partners: readonly Named[];
    members: readonly Named[];
    criteria?: readonly string[];
  },
): Record<string, string> {
  const departments = new Map(refs.departments.map((d) => [d.id, d.name]));
  const partners = new Map(refs.partners.map((p) => [p.id, p.name]));
  const members = new Set(refs.members.map((m) => m.id));
  const criteria = refs.criteria === undefined ? null : new Set(refs.criteria);
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = `rows.${i}`;
    if (seen.has(row.criterionCode))
      fields[`${at}.criterionCode`] = MATRIX_MESSAGES.criterionTwice(row.criterionCode);
    else if (criteria !== null && !criteria.has(row.criterionCode))
      fields[`${at}.criterionCode`] = MATRIX_MESSAGES.criterionUnknown(row.criterionCode);
    seen.add(row.criterionCode);
    if (row.leadUnitId !== null && !departments.has(row.leadUnitId))
      fields[`${at}.leadUnitId`] = MATRIX_MESSAGES.leadUnknown;
    const units = new Set<string>();
    row.coordinatingUnitIds.forEach((id, j) => {
      const key = `${at}.coordinatingUnitIds.${j}`;
      const name = departments.get(id);
      if (name === undefined) fields[key] = MATRIX_MESSAGES.coordinatingUnknown;
      else if (id === row.leadUnitId) fields[key] = MATRIX_MESSAGES.coordinatingIsLead(name);
      else if (units.has(id)) fields[key] = MATRIX_MESSAGES.twice(name);
      units.add(id);
    });
    const orgs = new Set<string>();
    row.partnerIds.forEach((id, j) => {
      const key = `${at}.partnerIds.${j}`;
      const name = partners.get(id);
      if (name === undefined) fields[key] = MATRIX_MESSAGES.partnerUnknown;
      else if (orgs.has(id)) fields[key] = MATRIX_MESSAGES.twice(name);
      orgs.add(id);
    });
    if (row.responsibleMemberId !== null && !members.has(row.responsibleMemberId))
      fields[`${at}.responsibleMemberId`] = MATRIX_MESSAGES.memberUnknown;
  });
  const missing = criteria === null ? [] : [...criteria].filter((code) => !seen.has(code));
  if (missing.length > 0) fields.rows = MATRIX_MESSAGES.criteriaMissing(missing);
  return fields;
}
