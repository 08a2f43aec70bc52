import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { SECURITY_SCHEMES } from '../src/http/openapi.ts';
import { generateTypes, lintWithRedocly, REPO_ROOT, transpile, typeErrors } from './support/openapi-tools.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  responses: Record<string, unknown>;
};
type Document = { tags?: Array<{ name: string }>; paths: Record<string, Record<string, Operation>> };

let t: TestApp;
let baseUrl: string;
let document: Document;
let scratch: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const res = await fetch(`${baseUrl}/api/docs/json`);
  expect(res.status).toBe(200);
  document = (await res.json()) as Document;
  scratch = mkdtempSync(path.join(tmpdir(), 'xaso-openapi-'));
});

afterAll(async () => {
  await t?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function operations(): Array<{ name: string; method: string; url: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([url, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${url}`,
      method: method.toUpperCase(),
      url,
      operation,
    })),
  );
}

describe('the API description', () => {
  it('names, summarises and groups every operation, so a generated client has a method for each', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(40);
    const declaredTags = new Set(document.tags?.map((tag) => tag.name));
    const lacking = all
      .filter(
        ({ operation: o }) =>
          !/^[a-z][a-zA-Z0-9]*$/.test(o.operationId ?? '') ||
          !o.summary?.trim() ||
          !o.tags?.length ||
          !o.tags.every((tag) => declaredTags.has(tag)),
      )
      .map(({ name }) => name);
    // A route added without `operationId`, `summary` and a declared tag in its schema is listed here.
    expect(lacking).toEqual([]);
    const ids = all.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('passes redocly lint with the repository rules: no error, no warning', { timeout: 60_000 }, async () => {
    const { exitCode, problems } = await lintWithRedocly(document, path.join(scratch, 'openapi.json'));
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it("declares each operation's credentials as the server enforces them", async () => {
    const { cookie } = await t.as('admin');
    const mismatches: string[] = [];
    for (const { name, method, url, operation } of operations()) {
      // Any value serves: the session check runs before the path, query and body are validated.
      const target = url.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const schemes = new Set(operation.security?.flatMap((requirement) => Object.keys(requirement)));
      const anonymous = await t.app.inject({ method: method as 'GET', url: target });
      const refusedAnonymous = anonymous.statusCode === 401 && anonymous.json().code === 'UNAUTHENTICATED';
      if (refusedAnonymous !== schemes.has(SECURITY_SCHEMES.session)) {
        mismatches.push(`${name}: without a session ${anonymous.statusCode}, declares ${[...schemes]}`);
      }
      const withoutCsrf = await t.app.inject({ method: method as 'GET', url: target, headers: { cookie } });
      const refusedCsrf = withoutCsrf.statusCode === 403 && withoutCsrf.json().code === 'CSRF_FAILED';
      if (refusedCsrf !== schemes.has(SECURITY_SCHEMES.csrf)) {
        mismatches.push(
          `${name}: with a session but no CSRF token ${withoutCsrf.statusCode}, declares ${[...schemes]}`,
        );
      }
      if (schemes.has(SECURITY_SCHEMES.session) && !operation.responses['401'])
        mismatches.push(`${name}: no 401`);
      if (schemes.has(SECURITY_SCHEMES.csrf) && !operation.responses['403'])
        mismatches.push(`${name}: no 403`);
    }
    expect(mismatches).toEqual([]);
  });
});

/**
 * What an integrator writes against the generated types. It must typecheck (a renamed field, a wrong
 * operation or a missing response type fails the test) and then runs against the listening server.
 */
const CLIENT_SOURCE = `
import createClient from 'openapi-fetch';
import type { components, paths } from './api';

type ErrorResponse = components['schemas']['ErrorResponse'];

export async function signInReadAndSignOut(baseUrl: string, username: string, password: string) {
  const api = createClient<paths>({ baseUrl });
  const login = await api.POST('/api/auth/login', { body: { username, password } });
  if (!login.data) throw new Error('login refused: ' + login.response.status);
  const csrfToken: string = login.data.csrfToken;
  const cookie = login.response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  const session = await api.GET('/api/auth/session', { headers: { cookie } });
  const user = session.data?.user;
  const units = await api.GET('/api/org-units', { headers: { cookie } });
  const logout = await api.POST('/api/auth/logout', { headers: { cookie, 'x-csrf-token': csrfToken } });
  const after = await api.GET('/api/auth/session', { headers: { cookie } });
  const refused: ErrorResponse | undefined = after.error;
  return {
    displayName: user?.displayName,
    roles: user?.roles.map((r) => r.role),
    unitNames: units.data?.items.map((u) => u.name) ?? [],
    loggedOut: logout.data?.ok === true,
    afterLogout: { status: after.response.status, code: refused?.code },
  };
}
`;

describe('a client generated from the description (openapi-typescript + openapi-fetch)', () => {
  let dir: string;
  const clientFile = () => path.join(dir, 'client.ts');

  beforeAll(async () => {
    // Inside the repository's node_modules so that TypeScript and Node both find openapi-fetch from there.
    const cache = path.join(REPO_ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(path.join(cache, 'xaso-openapi-client-'));
    await generateTypes(document, path.join(dir, 'api.ts'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('typechecks, then signs in, reads and signs out through the listening server', {
    timeout: 90_000,
  }, async () => {
    writeFileSync(clientFile(), CLIENT_SOURCE);
    expect(typeErrors(clientFile())).toEqual([]);

    writeFileSync(path.join(dir, 'client.mjs'), transpile(CLIENT_SOURCE));
    const client = (await import(pathToFileURL(path.join(dir, 'client.mjs')).href)) as {
      signInReadAndSignOut(baseUrl: string, username: string, password: string): Promise<unknown>;
    };
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'province_office')!;
    const result = await client.signInReadAndSignOut(baseUrl, account.username, DEMO_PASSWORD);

    const units = (await (await t.as(account.username)).get('/api/org-units')).json() as {
      items: Array<{ name: string }>;
    };
    expect(units.items.length).toBeGreaterThan(0);
    expect(result).toEqual({
      displayName: account.displayName,
      roles: [account.role],
      unitNames: units.items.map((u) => u.name),
      loggedOut: true,
      afterLogout: { status: 401, code: 'UNAUTHENTICATED' },
    });
  });

  it('does not typecheck a client that reads a field the description lacks', { timeout: 60_000 }, () => {
    writeFileSync(clientFile(), CLIENT_SOURCE.replace('user?.displayName', 'user?.fullName'));
    expect(typeErrors(clientFile()).join('\n')).toContain("Property 'fullName' does not exist");
  });
});
