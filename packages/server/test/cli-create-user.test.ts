import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.ts';
import type { Ctx } from '../src/context.ts';
import { auditEvents, orgUnits, users } from '../src/db/schema.ts';
import { buildApp } from '../src/http/app.ts';
import { parseCatalogue } from '../src/modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../src/modules/org-units/use-cases/import-units.ts';
import { openConfiguredDatabase } from '../src/server.ts';
import { LocalFileStorage } from '../src/storage/local-file-storage.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-create-user-'));
const dataDir = path.join(dir, 'data');
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORD = 'mat-khau-quan-tri-2026';

/** Runs the command with `stdin` piped in, as `echo … | npm run cli -- create-user …` would. */
function cli(args: string[], stdin: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      'node',
      ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'create-user', ...args],
      { cwd: root, env },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

async function withDb<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig(env));
  try {
    return await fn({ db: database.db, now: () => new Date(), log: pino({ level: 'silent' }) });
  } finally {
    await database.close();
  }
}

const state = () =>
  withDb(async (ctx) => {
    const [u] = await ctx.db.select({ n: count() }).from(users);
    const [a] = await ctx.db.select({ n: count() }).from(auditEvents);
    return { users: u!.n, audit: a!.n };
  });

const args = (over: Record<string, string> = {}) =>
  Object.entries({
    username: 'quantri',
    'display-name': 'Quản trị tỉnh',
    role: 'admin',
    unit: '92',
    ...over,
  }).flatMap(([k, v]) => [`--${k}`, v]);

// A production data directory: an imported catalogue, no demo data, no user.
beforeAll(async () => {
  await withDb((ctx) =>
    importUnits(ctx, {
      actorUserId: null,
      fileName: 'units.json',
      catalogue: parseCatalogue(
        {
          data_date: '01/03/2025',
          data: [
            {
              level1_id: '92',
              name: 'Tỉnh Mẫu',
              type: 'Tỉnh',
              level2s: [
                {
                  level2_id: '920',
                  name: 'Huyện Mẫu',
                  type: 'Huyện',
                  level3s: [{ level3_id: '92001', name: 'Xã Mẫu', type: 'Xã' }],
                },
              ],
            },
          ],
        },
        'units.json',
      ),
    }),
  );
}, 120_000);

// Each command starts a process that opens the embedded database: seconds, more on a loaded 2-core machine.
describe('npm run cli -- create-user', { timeout: 180_000 }, () => {
  it('creates the first administrator, audited with no actor, who can then log in through the API', async () => {
    const res = await cli(args(), `${PASSWORD}\n`);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Đã tạo tài khoản “quantri”');
    await withDb(async (ctx) => {
      const [event] = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.created'));
      expect(event?.actorUserId).toBeNull();
      const [province] = await ctx.db.select().from(orgUnits).where(eq(orgUnits.gsoCode, '92'));
      const app = await buildApp({
        db: ctx.db,
        now: ctx.now,
        log: ctx.log,
        storage: new LocalFileStorage(path.join(dir, 'files')),
        config: {
          sessionTtlHours: 12,
          secureCookies: false,
          webDist: '/nonexistent',
          logLevel: 'silent',
          nodeEnv: 'test',
          maxUploadBytes: 1024 * 1024,
          soffice: { PATH: process.env.PATH ?? '' },
        },
      });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'quantri', password: PASSWORD },
        });
        expect(login.statusCode).toBe(200);
        const me = login.json();
        expect(JSON.stringify(me)).toContain(province!.id);
      } finally {
        await app.close();
      }
    });
  });

  it.each([
    ['a weak password', args({ username: 'yeu' }), 'ngan\n', 'Mật khẩu phải có ít nhất 10 ký tự.'],
    [
      'an unknown unit',
      args({ username: 'khongdonvi', unit: '99999' }),
      `${PASSWORD}\n`,
      'không tìm thấy đơn vị',
    ],
    [
      'a role on the wrong kind of unit',
      args({ username: 'saicap', unit: '92001' }),
      `${PASSWORD}\n`,
      'chỉ gán cho đơn vị cấp',
    ],
    ['a username already taken', args(), `${PASSWORD}\n`, 'đã được dùng'],
  ])('refuses %s with a Vietnamese message and changes nothing', async (_, argv, stdin, message) => {
    const before = await state();
    const res = await cli(argv, stdin);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(message);
    expect(await state()).toEqual(before);
  });

  it('refuses a password given on the command line (usage, exit 2)', async () => {
    const res = await cli([...args({ username: 'dongle' }), '--password', PASSWORD], '');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('không bao giờ truyền trên dòng lệnh');
  });
});
