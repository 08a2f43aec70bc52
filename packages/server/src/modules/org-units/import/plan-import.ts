import { isValidOn } from '@xaso/domain/org-unit';
import { searchKey } from '@xaso/domain/text';
import type { orgUnits } from '../../../db/schema.ts';
import type { Catalogue, CatalogueUnit } from './parse-unit-file.ts';

type Row = typeof orgUnits.$inferSelect;
export type NewRow = typeof orgUnits.$inferInsert & { id: string; path: string; depth: number };

export type ImportPlan = {
  inserts: NewRow[];
  renames: Array<{ id: string; gsoCode: string; before: string; after: string; subtype: string | null }>;
  /** Units that end the day before the catalogue takes effect. */
  closeIds: string[];
  successions: Array<{ predecessorId: string; successorId: string; kind: 'full' | 'partial' }>;
  unchanged: number;
};

export function dayBefore(day: string): string {
  return new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Works out, without touching the database, what importing a catalogue changes. Pure so that idempotency
 * is easy to see: a catalogue already imported plans no change at all.
 */
export function planImport(catalogue: Catalogue, existing: Row[], newId: () => string): ImportPlan {
  const day = catalogue.effectiveOn;
  const before = dayBefore(day);
  const plan: ImportPlan = { inserts: [], renames: [], closeIds: [], successions: [], unchanged: 0 };
  // Index by code for speed: the national file has ~10,000 communes.
  const byCode = new Map<string, Row[]>();
  for (const u of existing) if (u.gsoCode) byCode.set(u.gsoCode, [...(byCode.get(u.gsoCode) ?? []), u]);
  const find = (code: string, type: string, on: string) =>
    (byCode.get(code) ?? []).find((u) => u.type === type && isValidOn(u, on));

  // 1. Predecessors replaced by a different unit end the day before (merges only).
  const catalogueByCode = new Map(catalogue.units.map((u) => [u.gsoCode, u]));
  const kept = new Set<string>();
  const closing = new Set<string>();
  for (const s of catalogue.successions) {
    const successor = catalogueByCode.get(s.successorCode)!;
    const predecessor = find(s.predecessorCode, s.predecessorType, before);
    if (!predecessor) continue;
    // A province that kept its code and name is the same unit; a commune is always a new unit, as its parent
    // (the abolished district) and usually its territory changed.
    const isSameUnit =
      successor.type === 'province' &&
      s.predecessorCode === s.successorCode &&
      predecessor.name === successor.name;
    if (isSameUnit) kept.add(predecessor.id);
    else if (predecessor.validTo === null || predecessor.validTo >= day) closing.add(predecessor.id);
  }
  // Districts of a reformed province are abolished with everything under them (departments included).
  if (catalogue.shape === 'merges') {
    const provinceIds = new Set(
      catalogue.units
        .filter((u) => u.type === 'province')
        .flatMap((u) => {
          const p = find(u.gsoCode, 'province', before);
          return p ? [p.id] : [];
        }),
    );
    for (const u of existing) {
      const underProvince = u.path.split('/').some((id) => provinceIds.has(id));
      const spansReform = isValidOn(u, before) && isValidOn(u, day);
      if (underProvince && u.type !== 'province' && spansReform && !kept.has(u.id)) closing.add(u.id);
    }
  }
  plan.closeIds = [...closing];

  // 2. Units of the catalogue: reuse the one in force with the same code and type, else create.
  const idByCode = new Map<string, { id: string; path: string; depth: number }>();
  for (const unit of catalogue.units) {
    const current = find(unit.gsoCode, unit.type, day);
    if (current && !closing.has(current.id)) {
      idByCode.set(unit.gsoCode, current);
      if (current.name !== unit.name || current.subtype !== unit.subtype) {
        plan.renames.push({
          id: current.id,
          gsoCode: unit.gsoCode,
          before: current.name,
          after: unit.name,
          subtype: unit.subtype,
        });
      } else plan.unchanged++;
      continue;
    }
    const parent = unit.parentCode ? idByCode.get(unit.parentCode) : undefined;
    const id = newId();
    const path = `${parent?.path ?? '/'}${id}/`;
    const row = newRow(unit, id, parent?.id ?? null, path, parent ? parent.depth + 1 : 0);
    row.validFrom = catalogue.shape === 'merges' ? day : null;
    // An older catalogue imported after a newer one: the old unit ends where the newer one with its code starts.
    const later = (byCode.get(unit.gsoCode) ?? []).filter((u) => u.validFrom !== null && u.validFrom > day);
    if (later.length) row.validTo = dayBefore(later.map((u) => u.validFrom!).sort()[0]!);
    plan.inserts.push(row);
    idByCode.set(unit.gsoCode, row);
  }

  // 3. Successions, linking old ids to new ones.
  for (const s of catalogue.successions) {
    const successor = idByCode.get(s.successorCode);
    const predecessor = find(s.predecessorCode, s.predecessorType, before);
    if (successor && predecessor && predecessor.id !== successor.id) {
      plan.successions.push({ predecessorId: predecessor.id, successorId: successor.id, kind: s.kind });
    }
  }
  return plan;
}

function newRow(
  unit: CatalogueUnit,
  id: string,
  parentId: string | null,
  path: string,
  depth: number,
): NewRow {
  return {
    id,
    gsoCode: unit.gsoCode,
    name: unit.name,
    searchKey: searchKey(unit.name),
    type: unit.type,
    subtype: unit.subtype,
    parentId,
    path,
    depth,
    validFrom: null,
    validTo: null,
  };
}
