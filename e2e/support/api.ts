import { DEMO_PASSWORD } from './browser.ts';

/** Creates data through the HTTP API as a demo account, so a journey sets up only what it needs. */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${username} failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** The id of a demo unit, by its exact name. */
export async function unitId(baseUrl: string, name: string): Promise<string> {
  const call = await apiAs(baseUrl, 'admin');
  const { items } = await call<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/org-units?q=${encodeURIComponent(name)}`,
  );
  const unit = items.find((u) => u.name === name);
  if (!unit) throw new Error(`demo data has no ${name}`);
  return unit.id;
}

/** A user with a commune-officer role on a commune (Xã Bát Mọt unless named), with a unique name. */
export async function createCommuneOfficer(
  baseUrl: string,
  password: string,
  communeName = 'Xã Bát Mọt',
): Promise<string> {
  const call = await apiAs(baseUrl, 'admin');
  const commune = { id: await unitId(baseUrl, communeName) };
  const username = `e2e.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await call('POST', '/api/users', {
    username,
    displayName: 'Tài khoản thử nghiệm',
    password,
    roles: [{ role: 'commune_officer', orgUnitId: commune.id }],
  });
  return username;
}
