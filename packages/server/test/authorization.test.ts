import type { Role } from '@xaso/domain/roles';
import { ROLES } from '@xaso/domain/roles';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorld,
  type CommuneName,
  type CommuneRecords,
  evidenceUpload,
  type World,
} from './support/authz-world.ts';
import { tableFingerprint } from './support/db-fingerprint.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix: every route of the OpenAPI document × every role × a record inside the role's
 * scope, one outside it, and no session. A route missing from `POLICIES` fails the suite, so a new route cannot
 * ship without saying who may use it.
 *
 * - no session → 401 (login alone is public);
 * - a role that may not use the route → 403 (404 for a record it cannot even read);
 * - a role that may, on a record inside its scope → anything but 401/403/404 and never 500;
 * - a role that may, on a record outside its scope → 404, exactly like a missing record;
 * - every refusal leaves every table as it was (read back after the call).
 */
const ACCOUNT: Record<Role, string> = {
  commune_officer: 'canbo.batmot',
  commune_head: 'chutich.batmot',
  steering_member: 'bcd.thuongxuan',
  steering_head: 'truongbcd.thuongxuan',
  standing_office: 'vhtt.thuongxuan',
  province_office: 'so.cds',
  admin: 'admin',
};
const INSIDE: CommuneName = 'Xã Bát Mọt';
/** Just outside each role's scope: a neighbour commune, another district, another province. */
const OUTSIDE: Record<Role, CommuneName> = {
  commune_officer: 'Xã Yên Nhân',
  commune_head: 'Xã Yên Nhân',
  steering_member: 'Xã Hoằng Cát',
  steering_head: 'Xã Hoằng Cát',
  standing_office: 'Xã Hoằng Cát',
  province_office: 'Phường Phúc Xá',
  admin: 'Phường Phúc Xá',
};
/** Bát Mọt and Yên Nhân share their district's cycle: for a cycle, a commune's outside is another district. */
const OUTSIDE_CYCLE: Record<Role, CommuneName> = {
  ...OUTSIDE,
  commune_officer: 'Xã Hoằng Cát',
  commune_head: 'Xã Hoằng Cát',
};

const COMMUNE_STAFF: Role[] = ['commune_officer', 'commune_head'];
const MANAGERS: Role[] = ['standing_office', 'province_office', 'admin'];
const OFFICES: Role[] = ['standing_office', 'province_office'];
const SUPPORT_PARTIES: Role[] = [...COMMUNE_STAFF, 'steering_member', 'steering_head', ...OFFICES];
/** Whoever reads cycles over a whole area: its office, its steering committee, the province, the administrator. */
const AREA_READERS: Role[] = ['steering_member', 'steering_head', ...MANAGERS];
const CLASSIFIERS: Role[] = ['steering_head', ...OFFICES];

type RoutePolicy = {
  /** Who may use the route: everyone signed in, a list of roles, or anyone (public). */
  who: 'public' | 'everyone' | readonly Role[];
  /** Outside the role's scope: which commune's records, and what it answers (404 unless said). */
  outside?: { of: Record<Role, CommuneName>; status?: number };
  /** A fresh session for each call (the call ends it). */
  fresh?: boolean;
  request(c: CommuneRecords): InjectOptions;
};

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const post = (url: string, payload: object = {}): InjectOptions => ({ method: 'POST', url, payload });
const put = (url: string, payload: object): InjectOptions => ({ method: 'PUT', url, payload });
const scoped = { of: OUTSIDE };
const cycleScoped = { of: OUTSIDE_CYCLE };
const blankResult = {
  numerator: null,
  denominator: null,
  value: null,
  typedPercent: null,
  selfPoints: null,
  capability: null,
  plannedCompletion: null,
  notes: null,
  difficulties: null,
  expectedVersion: 0,
};
const yamlUpload = (): InjectOptions => ({
  method: 'POST',
  url: '',
  headers: { 'content-type': 'multipart/form-data; boundary=x' },
  payload:
    '--x\r\nContent-Disposition: form-data; name="file"; filename="a.yaml"\r\n\r\nid: thu\r\n--x--\r\n',
});
let serial = 0;

const POLICIES: Record<string, RoutePolicy> = {
  'GET /api/health': { who: 'public', request: () => get('/api/health') },
  'POST /api/auth/login': {
    who: 'public',
    request: () => post('/api/auth/login', { username: 'canbo.yennhan', password: 'xaso-demo-2026' }),
  },
  'GET /api/auth/session': { who: 'everyone', request: () => get('/api/auth/session') },
  'POST /api/auth/logout': { who: 'everyone', fresh: true, request: () => post('/api/auth/logout') },
  'POST /api/auth/password': {
    who: 'everyone',
    request: () =>
      post('/api/auth/password', { currentPassword: 'khong-dung-123', newPassword: 'mat-khau-moi-1' }),
  },
  'GET /api/org-units': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/org-units?parentId=${c.communeId}`),
  },
  'GET /api/org-units/{id}': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/org-units/${c.communeId}`),
  },
  'GET /api/users': { who: MANAGERS, request: () => get('/api/users') },
  'POST /api/users': {
    who: MANAGERS,
    // A role on a unit outside the manager's scope is a mistake in a form field, said on that field.
    outside: { of: OUTSIDE, status: 400 },
    request: (c) =>
      post('/api/users', {
        username: `moi.${serial++}`,
        displayName: 'Người dùng mới',
        password: 'mat-khau-ban-dau',
        roles: [{ role: 'commune_officer', orgUnitId: c.communeId }],
      }),
  },
  'POST /api/users/{id}/password': {
    who: MANAGERS,
    outside: scoped,
    request: (c) => post(`/api/users/${c.userId}/password`, { password: 'mat-khau-muc-tieu' }),
  },
  'PUT /api/users/{id}/roles': {
    who: MANAGERS,
    outside: scoped,
    request: (c) =>
      put(`/api/users/${c.userId}/roles`, { roles: [{ role: 'commune_officer', orgUnitId: c.communeId }] }),
  },
  'PUT /api/users/{id}/email': {
    who: MANAGERS,
    outside: scoped,
    request: (c) => put(`/api/users/${c.userId}/email`, { email: 'muc.tieu@thanhhoa.gov.vn' }),
  },
  'PUT /api/users/{id}/active': {
    who: MANAGERS,
    outside: scoped,
    request: (c) => put(`/api/users/${c.userId}/active`, { active: true }),
  },
  'GET /api/audit-events': { who: ['admin'], request: () => get('/api/audit-events') },
  'GET /api/frameworks': { who: 'everyone', request: () => get('/api/frameworks') },
  'POST /api/frameworks': {
    who: ['province_office', 'admin'],
    request: () => ({ ...yamlUpload(), url: '/api/frameworks' }),
  },
  'POST /api/frameworks/validate': {
    who: ['province_office', 'admin'],
    request: () => ({ ...yamlUpload(), url: '/api/frameworks/validate' }),
  },
  'GET /api/frameworks/template.xlsx': {
    who: 'everyone',
    request: () => get('/api/frameworks/template.xlsx'),
  },
  'GET /api/frameworks/{id}': { who: 'everyone', request: () => get('/api/frameworks/qd-1829-2023') },
  'POST /api/frameworks/{id}/evaluate': {
    who: 'everyone',
    request: () => post('/api/frameworks/qd-1829-2023/evaluate', { year: 2024, results: {} }),
  },
  'GET /api/cycles': { who: 'everyone', request: () => get('/api/cycles') },
  'POST /api/cycles': {
    who: OFFICES,
    // An area outside the office's scope is said on the form's field.
    outside: { of: OUTSIDE, status: 400 },
    request: (c) =>
      post('/api/cycles', {
        year: 2025,
        // A named round each time: a second unnamed 2025 cycle of the area would be refused as a duplicate.
        round: `Đợt ma trận ${serial++}`,
        scopeId: c.parentId,
        criteriaFrameworkId: 'qd-1829-2023',
        indexFrameworkId: null,
        deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
        communeIds: [c.communeId],
      }),
  },
  'GET /api/cycles/{id}': {
    who: 'everyone',
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}`),
  },
  // The stale version (and, for delete, the commune data the world holds) makes an insider's call a 409 that
  // changes nothing, so the world's cycles stay open for the other routes' cases.
  'PUT /api/cycles/{id}': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) =>
      put(`/api/cycles/${c.cycleId}`, {
        round: null,
        deadlines: { selfAssessment: '2026-12-10', confirmation: '2026-12-10', dossier: '2026-12-15' },
        communeIds: [c.communeId],
        exclusions: [],
        expectedVersion: 999_999,
      }),
  },
  'POST /api/cycles/{id}/reopen': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) =>
      post(`/api/cycles/${c.cycleId}/reopen`, {
        communeIds: [c.communeId],
        until: '2026-12-20',
        reason: 'Bổ sung minh chứng',
      }),
  },
  'POST /api/cycles/{id}/close': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) => post(`/api/cycles/${c.cycleId}/close`, { expectedVersion: 999_999 }),
  },
  'DELETE /api/cycles/{id}': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) => ({ method: 'DELETE', url: `/api/cycles/${c.cycleId}` }),
  },
  'GET /api/cycles/{id}/assessments': {
    who: 'everyone',
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/assessments`),
  },
  'POST /api/cycles/{id}/registrations': {
    who: COMMUNE_STAFF,
    outside: cycleScoped,
    request: (c) =>
      post(`/api/cycles/${c.cycleId}/registrations`, { communeId: c.communeId, itemCodes: ['1.1'] }),
  },
  'GET /api/cycles/{cycleId}/communes/{communeId}/workspace': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/communes/${c.communeId}/workspace`),
  },
  'PUT /api/assessments/{id}/items/{kind}/{code}': {
    who: COMMUNE_STAFF,
    outside: scoped,
    request: (c) => put(`/api/assessments/${c.assessmentId}/items/criterion/1.2`, blankResult),
  },
  'POST /api/assessments/{id}/submit': {
    who: ['commune_head'],
    outside: scoped,
    request: (c) => post(`/api/assessments/${c.assessmentId}/submit`),
  },
  'POST /api/assessments/{id}/withdraw': {
    who: ['commune_head'],
    outside: scoped,
    request: (c) => post(`/api/assessments/${c.assessmentId}/withdraw`),
  },
  'POST /api/assessments/{id}/reopen': {
    who: OFFICES,
    outside: scoped,
    request: (c) =>
      post(`/api/assessments/${c.assessmentId}/reopen`, { until: '2026-12-20', reason: 'Bổ sung' }),
  },
  'GET /api/communes/{communeId}/evidence': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/communes/${c.communeId}/evidence`),
  },
  'POST /api/communes/{communeId}/evidence': {
    who: COMMUNE_STAFF,
    outside: scoped,
    request: (c) => ({
      method: 'POST',
      url: `/api/communes/${c.communeId}/evidence`,
      ...evidenceUpload(`ma-tran-${serial++}`),
    }),
  },
  'PUT /api/evidence/{id}': {
    who: COMMUNE_STAFF,
    outside: scoped,
    request: (c) =>
      put(`/api/evidence/${c.evidenceId}`, {
        docNumber: '2/KH-UBND',
        docDate: '2024-04-01',
        issuer: 'UBND xã',
        summary: 'Sửa trích yếu',
      }),
  },
  'GET /api/evidence/upload-limits': { who: 'everyone', request: () => get('/api/evidence/upload-limits') },
  'DELETE /api/evidence/{id}': {
    who: COMMUNE_STAFF,
    outside: scoped,
    // The world's document is linked to 1.1, so the allowed call is refused 409 and the document stays for
    // the other routes; the deletion itself is pinned in evidence-delete.test.ts.
    request: (c) => ({ method: 'DELETE', url: `/api/evidence/${c.evidenceId}` }),
  },
  'GET /api/evidence/{id}/file': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/evidence/${c.evidenceId}/file`),
  },
  'POST /api/assessments/{id}/items/{kind}/{code}/evidence': {
    who: COMMUNE_STAFF,
    outside: scoped,
    request: (c) =>
      post(`/api/assessments/${c.assessmentId}/items/criterion/1.3/evidence`, { evidenceId: c.evidenceId }),
  },
  'DELETE /api/assessments/{id}/items/{kind}/{code}/evidence/{evidenceId}': {
    who: COMMUNE_STAFF,
    outside: scoped,
    request: (c) => ({
      method: 'DELETE',
      url: `/api/assessments/${c.assessmentId}/items/criterion/1.3/evidence/${c.evidenceId}`,
    }),
  },
  'GET /api/assessments/{id}/documents': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/assessments/${c.assessmentId}/documents`),
  },
  'POST /api/assessments/{id}/documents': {
    who: 'everyone',
    outside: scoped,
    request: (c) =>
      post(`/api/assessments/${c.assessmentId}/documents`, {
        ...c.documentForm,
        kind: 'commune_report',
        format: 'xlsx',
      }),
  },
  'GET /api/assessments/{id}/documents/preview': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/assessments/${c.assessmentId}/documents/preview?kind=commune_report`),
  },
  'GET /api/documents/{id}': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/documents/${c.documentId}`),
  },
  'GET /api/documents/{id}/file': {
    who: 'everyone',
    outside: scoped,
    request: (c) => get(`/api/documents/${c.documentId}/file`),
  },
  // Parties to a request only (support-requests.test.ts): the commune, the criterion's member, the area's
  // head and office; the system administrator takes no part.
  'POST /api/support-requests': {
    who: COMMUNE_STAFF,
    outside: scoped,
    // Not classified as needing support: the commune's own call is a 409 that writes nothing.
    request: (c) =>
      post('/api/support-requests', {
        cycleId: c.cycleId,
        communeUnitId: c.communeId,
        criterionCode: '1.1',
        need: 'Cần hướng dẫn xây dựng kế hoạch chuyển đổi số',
        neededBy: '2026-12-01',
      }),
  },
  'GET /api/support-requests': { who: SUPPORT_PARTIES, request: () => get('/api/support-requests') },
  'GET /api/support-requests/{id}': {
    who: SUPPORT_PARTIES,
    outside: scoped,
    request: (c) => get(`/api/support-requests/${c.supportRequestId}`),
  },
  'POST /api/support-requests/{id}/events': {
    who: [...COMMUNE_STAFF, ...OFFICES],
    outside: scoped,
    // Closing is the commune's or the office's (the member and head get 403); the stale version makes the
    // allowed call a 409, so the request stays open for the other cases.
    request: (c) =>
      post(`/api/support-requests/${c.supportRequestId}/events`, {
        event: 'close',
        note: null,
        expectedVersion: 999_999,
      }),
  },
  'POST /api/support-requests/{id}/comments': {
    who: SUPPORT_PARTIES,
    outside: scoped,
    request: (c) => post(`/api/support-requests/${c.supportRequestId}/comments`, { body: 'Ý kiến trao đổi' }),
  },
  // Everyone has notifications and reaches only their own (notifications.test.ts).
  'GET /api/notifications': { who: 'everyone', request: () => get('/api/notifications') },
  'GET /api/notifications/unread-count': {
    who: 'everyone',
    request: () => get('/api/notifications/unread-count'),
  },
  'POST /api/notifications/read': {
    who: 'everyone',
    request: () => post('/api/notifications/read', { all: true }),
  },
  // The steering committee's year: an area's records are read by whoever reads cycles over the whole area (a
  // commune sees its district's cycle, not its roadmap or matrix: 403), kept by its office. Stale versions
  // make an insider's change a 409 that writes nothing.
  'GET /api/areas/{id}/roadmap': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/areas/${c.parentId}/roadmap`),
  },
  'PUT /api/areas/{id}/roadmap': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) => put(`/api/areas/${c.parentId}/roadmap`, { entries: [], expectedVersion: 999_999 }),
  },
  'PUT /api/areas/{id}/roadmap/communes/{communeId}': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) =>
      put(`/api/areas/${c.parentId}/roadmap/communes/${c.communeId}`, {
        year: 2024,
        expectedVersion: 999_999,
      }),
  },
  'GET /api/areas/{id}/roadmap/template.xlsx': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/areas/${c.parentId}/roadmap/template.xlsx`),
  },
  'POST /api/areas/{id}/roadmap/import': {
    who: OFFICES,
    outside: cycleScoped,
    // Not a workbook: refused 415 after the office's right is checked, nothing imported.
    request: (c) => ({ ...yamlUpload(), url: `/api/areas/${c.parentId}/roadmap/import` }),
  },
  'GET /api/areas/{id}/roadmap/proposal': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/areas/${c.parentId}/roadmap/proposal?year=2024`),
  },
  'GET /api/areas/{id}/partners': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/areas/${c.parentId}/partners`),
  },
  'POST /api/areas/{id}/partners': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) => post(`/api/areas/${c.parentId}/partners`, { name: `Tổ chức phối hợp ${serial++}` }),
  },
  'GET /api/cycles/{id}/responsibilities': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/responsibilities`),
  },
  'PUT /api/cycles/{id}/responsibilities': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) => put(`/api/cycles/${c.cycleId}/responsibilities`, { rows: [], expectedVersion: 999_999 }),
  },
  'POST /api/cycles/{id}/responsibilities/bulk': {
    who: OFFICES,
    outside: cycleScoped,
    request: (c) =>
      post(`/api/cycles/${c.cycleId}/responsibilities/bulk`, {
        criterionCodes: ['1.1'],
        patch: { responsibleMemberId: null },
        expectedVersion: 999_999,
      }),
  },
  'GET /api/cycles/{id}/responsibilities/export.xlsx': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/responsibilities/export.xlsx`),
  },
  'GET /api/cycles/{id}/responsibilities/copy-report': {
    who: AREA_READERS,
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/responsibilities/copy-report`),
  },
  // The office and the committee head (seed 002, Điều 2.2); not the members, not the administrator.
  'GET /api/cycles/{id}/classification': {
    who: CLASSIFIERS,
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/classification?value=needs_support`),
  },
  'GET /api/cycles/{id}/classification/export.xlsx': {
    who: CLASSIFIERS,
    outside: cycleScoped,
    request: (c) => get(`/api/cycles/${c.cycleId}/classification/export.xlsx`),
  },
};

let t: TestApp;
let world: World;
let routes: string[];

beforeAll(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  await t.app.ready();
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => t.close());

const allowed = (policy: RoutePolicy, role: Role) =>
  policy.who === 'public' || policy.who === 'everyone' || policy.who.includes(role);

/** Calls the route; a refusal (401, 403, 404, or the route's outside status) must have changed nothing. */
async function call(key: string, role: Role | null, commune: CommuneName) {
  const policy = POLICIES[key]!;
  const options = policy.request(world.communes[commune]);
  const client =
    role === null ? null : policy.fresh ? await t.login(ACCOUNT[role]) : await t.as(ACCOUNT[role]);
  // A document queued by an earlier case is made in the background: let it finish before reading the tables.
  await t.app.documentJobs.idle();
  const before = await tableFingerprint(t.ctx.db);
  const res = client ? await client.request(options) : await t.app.inject(options);
  const refused = [401, 403, 404].includes(res.statusCode) || res.statusCode === policy.outside?.status;
  if (refused) expect(await tableFingerprint(t.ctx.db), `${key} refused but wrote`).toEqual(before);
  return res;
}

describe('authorization matrix (every route of the OpenAPI document)', () => {
  it('has a policy for every route, and no policy for a route that does not exist', () => {
    expect(
      routes.filter((r) => !POLICIES[r]),
      'routes without a policy in this test',
    ).toEqual([]);
    expect(
      Object.keys(POLICIES).filter((r) => !routes.includes(r)),
      'policies for no route',
    ).toEqual([]);
  });

  const keys = Object.keys(POLICIES);

  it.each(keys)('%s without a session', async (key) => {
    const res = await call(key, null, INSIDE);
    if (POLICIES[key]!.who === 'public') expect(res.statusCode, res.body).toBe(200);
    else {
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
  });

  const cases = keys.flatMap((key) =>
    ROLES.flatMap((role) => [
      { key, role, where: 'inside' as const },
      ...(POLICIES[key]!.outside ? [{ key, role, where: 'outside' as const }] : []),
    ]),
  );

  it.each(cases)('$key as $role, $where the scope', async ({ key, role, where }) => {
    const policy = POLICIES[key]!;
    const commune = where === 'inside' ? INSIDE : policy.outside!.of[role];
    const res = await call(key, role, commune);
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (!allowed(policy, role)) {
      expect(where === 'inside' ? [403] : [403, 404], res.body).toContain(res.statusCode);
    } else if (where === 'inside') {
      expect([401, 403, 404], res.body).not.toContain(res.statusCode);
    } else {
      expect(res.statusCode, res.body).toBe(policy.outside!.status ?? 404);
      if (res.statusCode === 404) expect(res.json().code).toBe('NOT_FOUND');
    }
  });
});
