import type { TestApp } from './test-app.ts';

let serial = 1;

/** Ids of demo units by name, looked up as the admin sees them. */
export async function unitIds(t: TestApp, names: string[]): Promise<Record<string, string>> {
  const admin = await t.as('admin');
  const ids: Record<string, string> = {};
  for (const name of names) {
    const res = await admin.get(`/api/org-units?q=${encodeURIComponent(name)}`);
    ids[name] = res.json().items.find((u: { name: string }) => u.name === name).id;
  }
  return ids;
}

const opened = new WeakMap<TestApp, Set<number>>();

/**
 * The Thường Xuân office opens a cycle for three communes (2.5 not applicable), as in the seed documents. A second
 * cycle of the same year in one test app is a named round ("Đợt 2", …): an unnamed duplicate is refused.
 */
export async function openThuongXuanCycle(
  t: TestApp,
  options: { year?: number; selfAssessment?: string; index?: boolean; round?: string | null } = {},
) {
  const year = options.year ?? 2024;
  const years = opened.get(t) ?? new Set();
  opened.set(t, years);
  const round = options.round !== undefined ? options.round : years.has(year) ? `Đợt ${++serial}` : null;
  years.add(year);
  const ids = await unitIds(t, ['Huyện Thường Xuân', 'Xã Bát Mọt', 'Xã Yên Nhân', 'Xã Xuân Lẹ']);
  const office = await t.as('vhtt.thuongxuan');
  const res = await office.post('/api/cycles', {
    year,
    round,
    scopeId: ids['Huyện Thường Xuân'],
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: options.index === false ? null : 'qd-3853-2022-commune',
    deadlines: {
      selfAssessment: options.selfAssessment ?? '2026-12-10',
      confirmation: '2026-12-10',
      dossier: '2026-12-15',
    },
    communeIds: [ids['Xã Bát Mọt'], ids['Xã Yên Nhân'], ids['Xã Xuân Lẹ']],
    exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai trên địa bàn huyện' }],
  });
  if (res.statusCode !== 200) throw new Error(`cycle: ${res.statusCode} ${res.body}`);
  return { cycle: res.json(), ids };
}

/** The Thường Xuân cycle with Bát Mọt's assessment made (its officer opened the workspace once). */
export async function openBatMotAssessment(t: TestApp) {
  const { cycle, ids } = await openThuongXuanCycle(t);
  const ws = await (await t.as('canbo.batmot')).get(
    `/api/cycles/${cycle.id}/communes/${ids['Xã Bát Mọt']}/workspace`,
  );
  return { cycle, ids, assessmentId: ws.json().assessment.id as string };
}
