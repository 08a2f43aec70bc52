import type { TestApp } from './test-app.ts';

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

/** The Thường Xuân office opens a cycle for three communes (2.5 not applicable), as in the seed documents. */
export async function openThuongXuanCycle(
  t: TestApp,
  options: { year?: number; selfAssessment?: string; index?: boolean } = {},
) {
  const ids = await unitIds(t, ['Huyện Thường Xuân', 'Xã Bát Mọt', 'Xã Yên Nhân', 'Xã Xuân Lẹ']);
  const office = await t.as('vhtt.thuongxuan');
  const res = await office.post('/api/cycles', {
    year: options.year ?? 2024,
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
