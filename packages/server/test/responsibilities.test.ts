import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENTS } from '../src/demo/demo-data.ts';
import { unitIds } from './support/cycle-fixture.ts';
import { multipartFile } from './support/multipart.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The responsibility matrix (phân công, seed 002) through the API: empty for the district's first cycle,
 * filled in bulk, checked against the area, versioned against stale screens, exported as seed 002 prints it,
 * copied when the next cycle opens, and told to each member newly named.
 */

const COMMUNES_2023 = ['Xã Tân Thành', 'Xã Lương Sơn', 'Xã Xuân Cao', 'Xã Thọ Thanh', 'Xã Luận Khê'];
const MEMBER = 'Thành viên BCĐ huyện Thường Xuân';
const HEAD = 'Trưởng BCĐ huyện Thường Xuân';

type Ref = { id: string; name: string };
type MatrixRow = {
  criterion: { code: string; name: string; groupName: string };
  leadUnit: Ref | null;
  coordinatingUnits: Ref[];
  partners: Ref[];
  responsibleMember: { id: string; displayName: string } | null;
};
type Matrix = {
  version: number;
  rows: MatrixRow[];
  unassigned: string[];
  appraisalStarted: boolean;
  choices: { departments: Ref[]; partners: Ref[]; members: { id: string; displayName: string }[] };
};

let t: TestApp;
let ids: Record<string, string>;
let cycle2023: string;

async function openCycle(
  year: number,
  options: { exclusions?: object[]; username?: string; scope?: string } = {},
) {
  const res = await (await t.as(options.username ?? 'vhtt.thuongxuan')).post('/api/cycles', {
    year,
    scopeId: ids[options.scope ?? 'Huyện Thường Xuân'],
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: null,
    deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
    communeIds:
      options.scope === 'Huyện Hoằng Hóa' ? [ids['Xã Hoằng Cát']] : COMMUNES_2023.map((name) => ids[name]),
    exclusions: options.exclusions ?? [],
  });
  if (res.statusCode !== 200) throw new Error(`cycle ${year}: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

async function matrix(cycleId: string, username = 'vhtt.thuongxuan'): Promise<Matrix> {
  const res = await (await t.as(username)).get(`/api/cycles/${cycleId}/responsibilities`);
  if (res.statusCode !== 200) throw new Error(`matrix: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function bulk(cycleId: string, criterionCodes: string[], patch: object, expectedVersion: number) {
  return (await t.as('vhtt.thuongxuan')).post(`/api/cycles/${cycleId}/responsibilities/bulk`, {
    criterionCodes,
    patch,
    expectedVersion,
  });
}

/** The matrix as PUT takes it back. */
function bodyOf(m: Matrix) {
  return m.rows.map((r) => ({
    criterionCode: r.criterion.code,
    leadUnitId: r.leadUnit?.id ?? null,
    coordinatingUnitIds: r.coordinatingUnits.map((u) => u.id),
    partnerIds: r.partners.map((p) => p.id),
    responsibleMemberId: r.responsibleMember?.id ?? null,
  }));
}

async function assignedNotices(username: string): Promise<string[]> {
  const res = await (await t.as(username)).get('/api/notifications?limit=200');
  return res
    .json()
    .items.filter((n: { kind: string }) => n.kind === 'criterion_assigned')
    .map((n: { title: string }) => n.title);
}

const byName = (list: Ref[], name: string) => list.find((x) => x.name === name)!.id;
const memberId = (m: Matrix, name: string) => m.choices.members.find((x) => x.displayName === name)!.id;
const rowOf = (m: Matrix, code: string) => m.rows.find((r) => r.criterion.code === code)!;
const codesOf = (m: Matrix, group: string) =>
  m.rows.filter((r) => r.criterion.code.startsWith(`${group}.`)).map((r) => r.criterion.code);

beforeAll(async () => {
  t = await createTestApp();
  ids = await unitIds(t, ['Huyện Thường Xuân', 'Huyện Hoằng Hóa', 'Xã Hoằng Cát', ...COMMUNES_2023]);
  cycle2023 = await openCycle(2023);
});
afterAll(() => t.close());

describe('the matrix of the district’s first cycle', () => {
  it('holds the 37 criteria, none assigned yet and all flagged, with the area’s departments and committee to pick from', async () => {
    const m = await matrix(cycle2023);
    expect(m.rows).toHaveLength(37);
    expect(m.rows[0]!.criterion).toEqual({
      code: '1.1',
      name: 'Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm',
      groupName: 'Chính quyền số',
    });
    expect(m.unassigned).toEqual(m.rows.map((r) => r.criterion.code));
    expect(m).toMatchObject({ version: 1, appraisalStarted: false });
    expect(m.choices.departments.map((d) => d.name).sort()).toEqual([...DEMO_DEPARTMENTS].sort());
    expect(m.choices.members.map((x) => x.displayName).sort()).toEqual([MEMBER, HEAD].sort());
    expect(m.choices.partners).toEqual([]);
    const cycle = await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${cycle2023}`);
    expect(cycle.json().unassignedCriteria).toBe(37);
    const report = await (await t.as('vhtt.thuongxuan')).get(
      `/api/cycles/${cycle2023}/responsibilities/copy-report`,
    );
    expect(report.json()).toEqual({ fromCycleId: null, added: [], dropped: [], renamed: [] });
  });

  it('adds a partner once, whatever its case', async () => {
    const office = await t.as('vhtt.thuongxuan');
    const area = ids['Huyện Thường Xuân'];
    const created = await office.post(`/api/areas/${area}/partners`, {
      name: '  Trung tâm Viettel   Thường Xuân ',
    });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().name).toBe('Trung tâm Viettel Thường Xuân');
    const again = await office.post(`/api/areas/${area}/partners`, { name: 'TRUNG TÂM VIETTEL THƯỜNG XUÂN' });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.name).toContain('Đã có');
    const list = await (await t.as('bcd.thuongxuan')).get(`/api/areas/${area}/partners`);
    expect(list.json().items).toEqual([created.json()]);
  });

  it('assigns all 37 criteria in three bulk steps and tells each member of each criterion newly theirs', async () => {
    let m = await matrix(cycle2023);
    const d = m.choices.departments;
    const member = memberId(m, MEMBER);
    const head = memberId(m, HEAD);
    const viettel = m.choices.partners[0]!.id;
    const steps = [
      {
        codes: [...codesOf(m, '1'), ...codesOf(m, '4')],
        patch: { leadUnitId: byName(d, 'Phòng Văn hóa và Thông tin'), responsibleMemberId: member },
      },
      {
        codes: codesOf(m, '2'),
        patch: {
          leadUnitId: byName(d, 'Phòng Tài chính – Kế hoạch'),
          partnerIds: [viettel],
          responsibleMemberId: head,
        },
      },
      {
        codes: codesOf(m, '3'),
        patch: {
          leadUnitId: byName(d, 'Văn phòng HĐND và UBND huyện'),
          coordinatingUnitIds: [byName(d, 'Phòng Văn hóa và Thông tin')],
          responsibleMemberId: member,
        },
      },
    ];
    for (const step of steps) {
      const res = await bulk(cycle2023, step.codes, step.patch, m.version);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().version).toBe(m.version + 1);
      m = res.json();
    }
    expect(m.unassigned).toEqual([]);
    expect(rowOf(m, '2.4')).toMatchObject({
      leadUnit: { name: 'Phòng Tài chính – Kế hoạch' },
      partners: [{ id: viettel, name: 'Trung tâm Viettel Thường Xuân' }],
      responsibleMember: { displayName: HEAD },
    });
    expect(rowOf(m, '3.2').coordinatingUnits.map((u) => u.name)).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(
      (await (await t.as('vhtt.thuongxuan')).get(`/api/cycles/${cycle2023}`)).json().unassignedCriteria,
    ).toBe(0);

    // One notice per member and save, however many criteria it assigned.
    expect((await assignedNotices('bcd.thuongxuan')).sort()).toEqual([
      'Bạn được phân công phụ trách 12 tiêu chí năm 2023: 3.1, 3.2, 3.3, 3.4, 3.5, …',
      'Bạn được phân công phụ trách 19 tiêu chí năm 2023: 1.1, 1.2, 1.3, 1.4, 1.5, …',
    ]);
    expect(await assignedNotices('truongbcd.thuongxuan')).toEqual([
      'Bạn được phân công phụ trách 6 tiêu chí năm 2023: 2.1, 2.2, 2.3, 2.4, 2.5, …',
    ]);
    const audit = (await (await t.as('admin')).get(`/api/audit-events?entityId=${cycle2023}`)).json().items;
    expect(audit.filter((e: { action: string }) => e.action === 'responsibility.saved')).toHaveLength(3);
  });

  it('moves a criterion to another member: the new one is told, the old one is not told again', async () => {
    const m = await matrix(cycle2023);
    const rows = bodyOf(m).map((r) =>
      r.criterionCode === '1.1' ? { ...r, responsibleMemberId: memberId(m, HEAD) } : r,
    );
    const before = await assignedNotices('bcd.thuongxuan');
    const res = await (await t.as('vhtt.thuongxuan')).put(`/api/cycles/${cycle2023}/responsibilities`, {
      rows,
      expectedVersion: m.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(rowOf(res.json(), '1.1').responsibleMember?.displayName).toBe(HEAD);
    expect(await assignedNotices('bcd.thuongxuan')).toEqual(before);
    expect(
      (await assignedNotices('truongbcd.thuongxuan')).filter((n) => n.includes('tiêu chí 1.1 ')),
    ).toHaveLength(1);
  });

  it('refuses a stale save with 409 and changes nothing', async () => {
    const m = await matrix(cycle2023);
    const office = await t.as('vhtt.thuongxuan');
    const stale = await office.put(`/api/cycles/${cycle2023}/responsibilities`, {
      rows: bodyOf(m).map((r) => ({ ...r, responsibleMemberId: null })),
      expectedVersion: m.version - 1,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const staleBulk = await bulk(cycle2023, ['1.2'], { responsibleMemberId: null }, m.version - 1);
    expect(staleBulk.statusCode).toBe(409);
    expect(await matrix(cycle2023)).toEqual(m);
  });

  it('names the field when a unit, a partner or a person is not one the area offers', async () => {
    const m = await matrix(cycle2023);
    const commune = (await (await t.as('canbo.batmot')).get('/api/auth/session')).json().user.id;
    const notMember = await bulk(cycle2023, ['1.2', '1.3'], { responsibleMemberId: commune }, m.version);
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().fields).toEqual({
      'patch.responsibleMemberId': 'Người chịu trách nhiệm phải là thành viên BCĐ của địa bàn.',
    });
    const unknown = await bulk(cycle2023, ['9.9'], { responsibleMemberId: null }, m.version);
    expect(unknown.json().fields.criterionCodes).toContain('9.9');

    const rows = bodyOf(m);
    const lead = rows[1]!.leadUnitId!;
    rows[1] = { ...rows[1]!, coordinatingUnitIds: [lead] };
    rows[2] = { ...rows[2]!, leadUnitId: ids['Xã Xuân Cao']! };
    const res = await (await t.as('vhtt.thuongxuan')).put(`/api/cycles/${cycle2023}/responsibilities`, {
      rows: rows.slice(0, 36),
      expectedVersion: m.version,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual([
      'rows',
      'rows.1.coordinatingUnitIds.0',
      'rows.2.leadUnitId',
    ]);
    expect(await matrix(cycle2023)).toEqual(m);
  });

  it('exports the matrix as seed 002 lays it out, a criterion without a member flagged', async () => {
    const m = await matrix(cycle2023);
    expect((await bulk(cycle2023, ['4.8'], { responsibleMemberId: null }, m.version)).statusCode).toBe(200);
    const res = await (await t.as('truongbcd.thuongxuan')).get(
      `/api/cycles/${cycle2023}/responsibilities/export.xlsx`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('phân-công-Huyện Thường Xuân-2023.xlsx'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Phân công')!;
    const rows = Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header]).toEqual([
      'STT',
      'Tên chỉ tiêu thực hiện',
      'Chủ trì',
      'Phối hợp (nếu cần)',
      'Thành viên BCĐ chịu trách nhiệm chính',
      'Chỉ tiêu năm 2023',
    ]);
    expect(rows[header + 1]!.slice(0, 2)).toEqual(['1', 'Chính quyền số (11 tiêu chí)']);
    const line = (code: string) => rows.find((r) => r[0] === code)!;
    expect(line('1.1').slice(2, 6)).toEqual(['Phòng Văn hóa và Thông tin', undefined, HEAD, 'Có']);
    expect(line('3.2').slice(2, 5)).toEqual([
      'Văn phòng HĐND và UBND huyện',
      'Phòng Văn hóa và Thông tin',
      MEMBER,
    ]);
    expect(line('2.4')[3]).toBe('Trung tâm Viettel Thường Xuân');
    expect(line('4.8')[4]).toBe('Chưa phân công');
    expect(rows.filter((r) => /^\d\.\d+$/.test(String(r[0])))).toHaveLength(37);
    expect(sheet.getCell(`B${header + 3}`).font.name).toBe('Times New Roman');
  });
});

describe('opening the next cycle', () => {
  let cycle2024: string;

  it('copies the matrix of the 2023 cycle, and the two then part ways', async () => {
    const before2023 = await matrix(cycle2023);
    cycle2024 = await openCycle(2024, { exclusions: [{ itemCode: '2.5', reason: 'Chưa triển khai' }] });
    const m = await matrix(cycle2024);
    expect(bodyOf(m)).toEqual(bodyOf(before2023));
    expect(m.version).toBe(1);
    // 4.8 was left without a member in 2023; 2.5 needs none this year.
    expect(m.unassigned).toEqual(['4.8']);
    const office = await t.as('vhtt.thuongxuan');
    expect((await office.get(`/api/cycles/${cycle2024}`)).json().unassignedCriteria).toBe(1);
    const report = await office.get(`/api/cycles/${cycle2024}/responsibilities/copy-report`);
    expect(report.json()).toEqual({ fromCycleId: cycle2023, added: [], dropped: [], renamed: [] });

    const edited = await bulk(cycle2024, ['1.1'], { responsibleMemberId: memberId(m, MEMBER) }, m.version);
    expect(edited.statusCode).toBe(200);
    expect(await matrix(cycle2023)).toEqual(before2023);
  });

  it('from a new version of the criteria set: a new criterion comes empty, a renamed one is reported', async () => {
    const file = path.resolve(import.meta.dirname, '../../../frameworks/thanh-hoa/qd-1829-2023.yaml');
    const oldName =
      'Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm';
    const newName = 'Kế hoạch chuyển đổi số hằng năm của UBND xã';
    const yaml = `${readFileSync(file, 'utf8').replace(`name: ${oldName}`, `name: ${newName}`)}      - code: "4.9"
        name: Có tổ công nghệ số cộng đồng hoạt động thường xuyên
        unit: Tổ
        measure: { kind: yes_no }
        targets:
          "2023": { comparator: "=", value: Có }
          "2024": { comparator: "=", value: Có }
          "2025": { comparator: "=", value: Có }
        dependency: independent
        provenance: { source: thử nghiệm, status: inferred }
`;
    const imported = await (await t.as('so.cds')).request({
      method: 'POST',
      url: '/api/frameworks',
      ...multipartFile('qd-1829-2023.yaml', yaml),
    });
    expect(imported.json(), imported.body).toMatchObject({ ok: true, created: true });

    const cycle2025 = await openCycle(2025);
    const report = await (await t.as('vhtt.thuongxuan')).get(
      `/api/cycles/${cycle2025}/responsibilities/copy-report`,
    );
    expect(report.json()).toEqual({
      fromCycleId: cycle2024,
      added: ['4.9'],
      dropped: [],
      renamed: [{ code: '1.1', before: oldName, after: newName }],
    });
    const m = await matrix(cycle2025);
    expect(m.rows).toHaveLength(38);
    expect(rowOf(m, '4.9')).toMatchObject({ leadUnit: null, responsibleMember: null, partners: [] });
    expect(rowOf(m, '1.1').responsibleMember?.displayName).toBe(MEMBER);
    // 2.5, not applicable in 2024, kept its 2023 member; the new criterion waits for one.
    expect(m.unassigned).toEqual(['4.8', '4.9']);
  });
});

describe('who reaches the matrix', () => {
  it('is read by the committee, changed by the office only', async () => {
    const m = await matrix(cycle2023, 'bcd.thuongxuan');
    const put = await (await t.as('bcd.thuongxuan')).put(`/api/cycles/${cycle2023}/responsibilities`, {
      rows: bodyOf(m),
      expectedVersion: m.version,
    });
    expect(put.statusCode).toBe(403);
    const partner = await (await t.as('truongbcd.thuongxuan')).post(
      `/api/areas/${ids['Huyện Thường Xuân']}/partners`,
      { name: 'Bưu điện huyện Thường Xuân' },
    );
    expect(partner.statusCode).toBe(403);
  });

  it('is not shown to a commune of the cycle (403) nor to another district’s office (404)', async () => {
    for (const username of ['canbo.batmot', 'chutich.batmot']) {
      const res = await (await t.as(username)).get(`/api/cycles/${cycle2023}/responsibilities`);
      expect(res.statusCode, username).toBe(403);
    }
    const hoangHoa = await openCycle(2024, { username: 'so.cds', scope: 'Huyện Hoằng Hóa' });
    const office = await t.as('vhtt.thuongxuan');
    for (const url of [
      `/api/cycles/${hoangHoa}/responsibilities`,
      `/api/cycles/${hoangHoa}/responsibilities/export.xlsx`,
      `/api/areas/${ids['Huyện Hoằng Hóa']}/partners`,
    ]) {
      const res = await office.get(url);
      expect(res.statusCode, url).toBe(404);
    }
    const bulkThere = await office.post(`/api/cycles/${hoangHoa}/responsibilities/bulk`, {
      criterionCodes: ['1.1'],
      patch: { responsibleMemberId: null },
      expectedVersion: 1,
    });
    expect(bulkThere.statusCode).toBe(404);
  });
});
