import { eq } from 'drizzle-orm';
import { orgUnits, userRoles, users } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { parseCatalogue } from '../../src/modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../../src/modules/org-units/use-cases/import-units.ts';
import { evidenceForm, pdf } from './evidence-upload.ts';
import { assignMember, insertSentRequest, userId } from './support-fixture.ts';
import type { Client, TestApp } from './test-app.ts';

/**
 * A world for the authorization matrix: four communes, each with a cycle, an assessment, an evidence file
 * linked to an item, a generated document and a user to manage. Bát Mọt lies inside every demo role's scope;
 * each role also has a commune just outside it (a neighbour for commune staff, another district for the
 * district, another province for the province).
 */
export const COMMUNES = ['Xã Bát Mọt', 'Xã Yên Nhân', 'Xã Hoằng Cát', 'Phường Phúc Xá'] as const;
export type CommuneName = (typeof COMMUNES)[number];

export type CommuneRecords = {
  communeId: string;
  parentId: string;
  cycleId: string;
  assessmentId: string;
  evidenceId: string;
  documentId: string;
  /** A commune officer of this commune whom managers act on. */
  userId: string;
  /** The document form as pre-filled for this commune. */
  documentForm: Record<string, unknown>;
  /** A support request the commune sent for 2.4 (Thường Xuân's names bcd.thuongxuan as its member). */
  supportRequestId: string;
};

export type World = { communes: Record<CommuneName, CommuneRecords> };

const PASSWORD = 'mat-khau-the-gioi';
/** A PDF upload with a citation, as the commune's library receives it. */
export function evidenceUpload(text: string) {
  const fields = { docNumber: '1/KH-UBND', docDate: '2024-03-15', issuer: 'UBND xã', summary: text };
  return evidenceForm(fields, `${text}.pdf`, pdf(text));
}

async function unitByName(t: TestApp, name: string) {
  const [row] = await t.ctx.db
    .select({ id: orgUnits.id, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(eq(orgUnits.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return { id: row.id, parentId: row.parentId! };
}

/** An account made in the database (as an admin of that province would have made it), logged in. */
async function account(t: TestApp, username: string, role: string, orgUnitId: string): Promise<Client> {
  const [user] = await t.ctx.db
    .insert(users)
    .values({ username, displayName: username, passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  await t.ctx.db.insert(userRoles).values({ userId: user!.id, role, orgUnitId });
  return t.login(username, PASSWORD);
}

async function ok<T>(what: string, res: { statusCode: number; body: string; json(): T }): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function buildWorld(t: TestApp): Promise<World> {
  await importUnits(t.ctx, {
    actorUserId: null,
    fileName: 'ha-noi.json',
    catalogue: parseCatalogue(
      {
        data_date: '01/03/2025',
        data: [
          {
            level1_id: '01',
            name: 'Thành phố Hà Nội',
            type: 'Thành phố Trung ương',
            level2s: [
              {
                level2_id: '001',
                name: 'Quận Ba Đình',
                type: 'Quận',
                level3s: [{ level3_id: '00001', name: 'Phường Phúc Xá', type: 'Phường' }],
              },
            ],
          },
        ],
      },
      'ha-noi.json',
    ),
  });
  const hanoi = await unitByName(t, 'Thành phố Hà Nội');
  const offices: Record<CommuneName, Client> = {
    'Xã Bát Mọt': await t.as('vhtt.thuongxuan'),
    'Xã Yên Nhân': await t.as('vhtt.thuongxuan'),
    'Xã Hoằng Cát': await t.as('so.cds'),
    'Phường Phúc Xá': await account(t, 'so.hanoi', 'province_office', hanoi.id),
  };
  const units = {} as Record<CommuneName, { id: string; parentId: string }>;
  for (const name of COMMUNES) units[name] = await unitByName(t, name);

  // One cycle for the two Thường Xuân communes, one per other district.
  const cycles = {} as Record<CommuneName, string>;
  const groups: CommuneName[][] = [['Xã Bát Mọt', 'Xã Yên Nhân'], ['Xã Hoằng Cát'], ['Phường Phúc Xá']];
  for (const group of groups) {
    const first = group[0]!;
    const cycle = await ok<{ id: string }>(
      `cycle for ${first}`,
      await offices[first].post('/api/cycles', {
        year: 2024,
        scopeId: units[first].parentId,
        criteriaFrameworkId: 'qd-1829-2023',
        indexFrameworkId: null,
        deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
        communeIds: group.map((c) => units[c].id),
      }),
    );
    for (const c of group) cycles[c] = cycle.id;
  }

  const communes = {} as Record<CommuneName, CommuneRecords>;
  let n = 0;
  for (const name of COMMUNES) {
    n++;
    const head = await account(t, `xa.truong.${n}`, 'commune_head', units[name].id);
    const ws = await ok<{ assessment: { id: string } }>(
      `workspace of ${name}`,
      await head.get(`/api/cycles/${cycles[name]}/communes/${units[name].id}/workspace`),
    );
    const uploaded = await ok<{ evidence: { id: string } }>(
      `evidence of ${name}`,
      await head.request({
        method: 'POST',
        url: `/api/communes/${units[name].id}/evidence`,
        ...evidenceUpload(`minh-chung-${n}`),
      }),
    );
    await ok(
      `link in ${name}`,
      await head.post(`/api/assessments/${ws.assessment.id}/items/criterion/1.1/evidence`, {
        evidenceId: uploaded.evidence.id,
      }),
    );
    const { defaults } = await ok<{ defaults: Record<string, unknown> }>(
      `document form of ${name}`,
      await head.get(`/api/assessments/${ws.assessment.id}/documents`),
    );
    const document = await ok<{ id: string }>(
      `document of ${name}`,
      await head.post(`/api/assessments/${ws.assessment.id}/documents`, {
        ...defaults,
        kind: 'commune_report',
        format: 'docx',
      }),
    );
    const [target] = await t.ctx.db
      .insert(users)
      .values({ username: `muc.tieu.${n}`, displayName: `Mục tiêu ở ${name}`, passwordHash: 'x' })
      .returning({ id: users.id });
    await t.ctx.db
      .insert(userRoles)
      .values({ userId: target!.id, role: 'commune_officer', orgUnitId: units[name].id });
    communes[name] = {
      communeId: units[name].id,
      parentId: units[name].parentId,
      cycleId: cycles[name],
      assessmentId: ws.assessment.id,
      evidenceId: uploaded.evidence.id,
      documentId: document.id,
      userId: target!.id,
      documentForm: defaults,
      supportRequestId: await insertSentRequest(t, {
        cycleId: cycles[name],
        communeId: units[name].id,
        criterionCode: '2.4',
        sentBy: await userId(t, `xa.truong.${n}`),
      }),
    };
  }
  await assignMember(t, cycles['Xã Bát Mọt'], '2.4', await userId(t, 'bcd.thuongxuan'));
  await t.app.documentJobs.idle();
  return { communes };
}
