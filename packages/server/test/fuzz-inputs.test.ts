import { readdirSync } from 'node:fs';
import { errorResponseSchema } from '@xaso/domain/contracts/common';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThuongXuanCycle, unitIds } from './support/cycle-fixture.ts';
import { tableFingerprint } from './support/db-fingerprint.ts';
import { evidenceForm } from './support/evidence-upload.ts';
import {
  buildRequest,
  EXAMPLES,
  type FuzzRequest,
  hostileFor,
  hostileFormText,
  hostileUrlValue,
  type KnownValues,
  type OpenApiDocument,
  type Route,
  routesOf,
  URL_EXAMPLES,
} from './support/fuzz-requests.ts';
import { multipartFile } from './support/multipart.ts';
import { type Client, createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Every route's path, query and JSON body inputs take hostile values (NUL, lone surrogates, control
 * characters, 100,000-character text, impossible dates, NaN-ish and huge numbers, malformed ids, wrong types),
 * one input at a time on an otherwise valid request. Whatever happens: never a 500, every refusal in the one
 * error shape, and a refused request changes nothing in the database. The routes come from the app's OpenAPI
 * document, so a new route is fuzzed without editing this file.
 */

/** Multipart uploads are not JSON: their fields are fuzzed by the suites named here. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'POST /api/frameworks':
    'frameworks-api.test.ts, import-bombs.test.ts, text-inputs.test.ts (framework files)',
  'POST /api/frameworks/validate': 'frameworks-api.test.ts, import-bombs.test.ts (framework files)',
  'POST /api/communes/{communeId}/evidence':
    'the multipart property below; evidence*.test.ts, text-inputs.test.ts',
};

/**
 * Tried in this order until one may use the route (answers neither 403 nor 404): the province admin, the
 * province office, a district office, a commune officer and the commune's head cover every route.
 */
const ACCOUNTS = ['admin', 'so.cds', 'vhtt.thuongxuan', 'canbo.batmot', 'chutich.batmot'];

/** Random cases per route, on top of the fixed examples every input runs first. */
const RANDOM_RUNS = 20;

// The app is made while the file is collected: the tests are one per route of its OpenAPI document.
// Without LibreOffice, a PDF request answers 503 at once instead of starting a converter.
const t: TestApp = await createTestApp({ soffice: {} });
await t.app.ready();
const routes: Route[] = routesOf(t.app.swagger() as unknown as OpenApiDocument);
const fuzzed = routes.filter((r) => !(`${r.method} ${r.path}` in COVERED_ELSEWHERE) && r.slots.length > 0);
let known: KnownValues;
let fresh = 0;
const clients: Record<string, Client> = {};
/** Per route: fast-check cases, and the requests they took (a case is tried as each account in turn). */
const casesRun = new Map<string, number>();
const requestsSent = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

beforeAll(async () => {
  for (const who of ACCOUNTS) clients[who] = await t.as(who);

  const { cycle, ids } = await openThuongXuanCycle(t);
  const batMot = ids['Xã Bát Mọt']!;
  const officer = clients['canbo.batmot']!;
  const workspace = await officer.get(`/api/cycles/${cycle.id}/communes/${batMot}/workspace`);
  const assessmentId: string = workspace.json().assessment.id;
  const upload = await officer.request({
    method: 'POST',
    url: `/api/communes/${batMot}/evidence`,
    ...multipartFile('ke-hoach.pdf', '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  const evidenceId: string = upload.json().evidence.id;
  const defaults = (await officer.get(`/api/assessments/${assessmentId}/documents`)).json().defaults;
  const document = await officer.post(`/api/assessments/${assessmentId}/documents`, {
    ...defaults,
    kind: 'commune_report',
    format: 'docx',
  });
  await t.app.documentJobs.idle();
  const users = (await clients.admin!.get('/api/users?q=canbo.yennhan')).json().items;
  const { 'Huyện Thường Xuân': district } = await unitIds(t, ['Huyện Thường Xuân']);
  known = {
    byName: {
      'users/{id}': users[0].id,
      'org-units/{id}': batMot,
      'cycles/{id}': cycle.id,
      'assessments/{id}': assessmentId,
      'evidence/{id}': evidenceId,
      'documents/{id}': document.json().id,
      'frameworks/{id}': 'qd-1829-2023',
      communeId: batMot,
      orgUnitId: batMot,
      scopeId: district,
      cycleId: cycle.id,
      evidenceId,
      kind: 'criterion',
      code: '1.1',
      itemCode: '1.1',
      criteriaFrameworkId: 'qd-1829-2023',
      indexFrameworkId: null,
      // A year (and below, a user name) not taken yet, so creating one gets as far as writing it.
      year: () => 2030 + (fresh++ % 70),
      expectedVersion: 0,
      username: () => `fuzz.nguoidung${fresh++}`,
      password: 'mat-khau-thu-nghiem',
      // Wrong on purpose: the change-password form must never succeed and log the admin out.
      currentPassword: 'mat-khau-sai-0000',
      newPassword: 'mat-khau-moi-2026',
    },
  };
}, 120_000);
afterAll(() => t.close());

function describeCase(req: FuzzRequest, who: string, res: LightMyRequestResponse): string {
  const shown = (v: unknown) => {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  };
  const url = req.url.length > 300 ? `${req.url.slice(0, 300)}… (${req.url.length} chars)` : req.url;
  return `${req.method} ${url} as ${who}, ${req.slot}, body ${shown(req.payload)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
}

/** Sends one case as each account in turn until one may use the route; checks each answer. */
async function check(req: FuzzRequest, routeKey: string): Promise<void> {
  for (const who of ACCOUNTS) {
    let res = await send(req, who, routeKey);
    // A save carrying a stale version is refused before it writes; send the hostile value again with the
    // current version (the 409 body gives it), so it reaches the write.
    const current = res.statusCode === 409 ? res.json().current : undefined;
    if (typeof current?.version === 'number' && isRecord(req.payload) && 'expectedVersion' in req.payload) {
      res = await send(
        { ...req, payload: { ...req.payload, expectedVersion: current.version } },
        who,
        routeKey,
      );
    }
    if (res.statusCode !== 403 && res.statusCode !== 404) return;
  }
}

/**
 * The one error shape, with a code of the closed list. A conflict (409) may add what the other person saved:
 * `current` (a result, a cycle) and, for a cycle edited meanwhile, the fields they `changed`.
 */
function expectErrorShape(res: LightMyRequestResponse, context: string): void {
  const body = res.json();
  expect(errorResponseSchema.safeParse(body).success, context).toBe(true);
  const allowed = ['code', 'message', 'fields', ...(res.statusCode === 409 ? ['current', 'changed'] : [])];
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  expect(extra, context).toEqual([]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let lastFingerprint: Record<string, string> | null = null;

async function send(req: FuzzRequest, who: string, routeKey: string): Promise<LightMyRequestResponse> {
  await t.app.documentJobs.idle();
  const before = lastFingerprint ?? (await tableFingerprint(t.ctx.db));
  lastFingerprint = null;
  const res = await clients[who]!.request({
    method: req.method as 'GET',
    url: req.url,
    ...(req.payload === undefined
      ? {}
      : { payload: JSON.stringify(req.payload), headers: { 'content-type': 'application/json' } }),
  });
  bump(requestsSent, routeKey);
  const context = describeCase(req, who, res);
  expect(res.statusCode, context).not.toBe(500);
  if (res.statusCode >= 400) {
    expectErrorShape(res, context);
    // The throttle's record of a failed login aside, a refusal leaves every table as it was.
    await t.app.documentJobs.idle();
    const after = await tableFingerprint(t.ctx.db);
    expect(after, `${context}\nchanged the database`).toEqual(before);
    lastFingerprint = after;
  }
  return res;
}

describe('hostile inputs on every route', () => {
  it('the OpenAPI document lists the routes this suite fuzzes, and the skipped ones exist', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    for (const skipped of Object.keys(COVERED_ELSEWHERE)) expect(keys).toContain(skipped);
    expect(routes.filter((r) => r.slots.length > 0).length).toBeGreaterThan(25);
  });

  it('the database fingerprint sees a committed update of one row (so "nothing changed" means something)', async () => {
    const before = await tableFingerprint(t.ctx.db);
    const id = known.byName['evidence/{id}'];
    const res = await clients['canbo.batmot']!.put(`/api/evidence/${id}`, { summary: 'Kế hoạch đã sửa' });
    expect(res.statusCode).toBe(200);
    const after = await tableFingerprint(t.ctx.db);
    expect(after.evidence).not.toBe(before.evidence);
    lastFingerprint = null;
  });

  it.each(fuzzed.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s',
    async (key, route) => {
      const arbitrary = fc.integer({ min: 0, max: route.slots.length - 1 }).chain((i) => {
        const slot = route.slots[i]!;
        const value = slot.location === 'body' ? hostileFor(slot.kind) : hostileUrlValue(slot.kind);
        return value.map((v) => ({ i, v }));
      });
      const examples = route.slots.flatMap((slot, i) =>
        (slot.location === 'body' ? EXAMPLES[slot.kind] : URL_EXAMPLES).map(
          (v) => [{ i, v }] as [{ i: number; v: unknown }],
        ),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, ({ i, v }) => {
          bump(casesRun, key);
          return check(buildRequest(route, known, route.slots[i]!, v), key);
        }),
        // fast-check counts the examples within numRuns.
        { numRuns: examples.length + RANDOM_RUNS, examples, endOnFailure: true },
      );
    },
    120_000,
  );

  it('POST /api/communes/{communeId}/evidence (multipart): hostile file names and citation fields', async () => {
    const key = 'POST /api/communes/{communeId}/evidence (multipart)';
    const officer = clients['canbo.batmot']!;
    const filesUnder = () =>
      readdirSync(t.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    let n = 0;
    const field = fc.option(hostileFormText, { nil: undefined });
    const arbitrary = fc.record({
      fileName: fc.oneof(hostileFormText, fc.constant('ke-hoach.pdf')),
      docNumber: field,
      docDate: field,
      issuer: field,
      summary: field,
    });
    const examples = [
      { fileName: 'ke\u0000hoach.pdf' },
      { fileName: 'x'.repeat(100_000) },
      { fileName: 'a"b.pdf' },
      { fileName: 'a\r\nb.pdf' },
      { fileName: 'ke-hoach.pdf', summary: 'Kế hoạch\u0000' },
      { fileName: 'ke-hoach.pdf', docDate: '0000-01-01' },
      { fileName: 'ke-hoach.pdf', issuer: 'x'.repeat(100_000) },
    ].map(
      (e) =>
        [{ docNumber: undefined, docDate: undefined, issuer: undefined, summary: undefined, ...e }] as [
          Record<string, string | undefined> & { fileName: string },
        ],
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ fileName, ...citation }) => {
        const fields = Object.fromEntries(
          Object.entries(citation).filter(([, v]) => v !== undefined),
        ) as Record<string, string>;
        const bytes = Buffer.from(`%PDF-1.4\n% ${n++}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
        const before = await tableFingerprint(t.ctx.db);
        const files = filesUnder();
        const res = await officer.request({
          method: 'POST',
          url: `/api/communes/${known.byName.communeId}/evidence`,
          ...evidenceForm(fields, fileName, bytes),
        });
        bump(casesRun, key);
        bump(requestsSent, key);
        const context = `upload ${JSON.stringify({ fileName, ...fields }).slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect(res.statusCode, context).not.toBe(500);
        if (res.statusCode >= 400) {
          expectErrorShape(res, context);
          expect(await tableFingerprint(t.ctx.db), `${context}\nchanged the database`).toEqual(before);
          expect(filesUnder(), `${context}\nleft a file`).toBe(files);
        }
      }),
      { numRuns: examples.length + RANDOM_RUNS, examples, endOnFailure: true },
    );
    lastFingerprint = null;
  });

  it('reports how many cases and requests ran per route', () => {
    const lines = [...casesRun].map(
      ([route, n]) => `${String(n).padStart(5)} ${String(requestsSent.get(route)).padStart(5)}  ${route}`,
    );
    const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
    console.info(
      `fuzz-inputs: ${sum(casesRun)} cases, ${sum(requestsSent)} requests over ${casesRun.size} routes\n` +
        `cases requests  route\n${lines.join('\n')}`,
    );
    expect(casesRun.size).toBe(fuzzed.length + 1);
  });
});
