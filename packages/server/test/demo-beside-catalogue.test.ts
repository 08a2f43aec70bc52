import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq, inArray, isNull } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.ts';
import type { Ctx } from '../src/context.ts';
import { orgUnits, users } from '../src/db/schema.ts';
import { loadDemoData } from '../src/demo/load-demo-data.ts';
import { parseCatalogue } from '../src/modules/org-units/import/parse-unit-file.ts';
import { importUnits } from '../src/modules/org-units/use-cases/import-units.ts';
import { openConfiguredDatabase, startServer } from '../src/server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'xaso-demo-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A data directory holding an imported catalogue in the statistics office's shape. */
async function importedDataDir(
  name: string,
  districts: Array<[string, string, string[]]>,
  closeCodes: string[] = [],
) {
  const env = {
    ...process.env,
    DATA_DIR: path.join(dir, name),
    DATABASE_URL: '',
    NODE_ENV: 'development' as const,
  };
  const database = await openConfiguredDatabase(loadConfig(env));
  try {
    const ctx: Ctx = { db: database.db, now: () => new Date(), log: pino({ level: 'silent' }) };
    const catalogue = {
      data_date: '01/01/2025',
      data: [
        {
          level1_id: '38',
          name: 'Tỉnh Thanh Hóa',
          type: 'Tỉnh',
          level2s: districts.map(([code, district, communes]) => ({
            level2_id: code,
            name: district,
            type: 'Huyện',
            level3s: communes.map((c, i) => ({ level3_id: c, name: `Xã ${i + 1}`, type: 'Xã' })),
          })),
        },
      ],
    };
    await importUnits(ctx, {
      actorUserId: null,
      catalogue: parseCatalogue(catalogue, 'units.json'),
      fileName: 'x',
    });
    // What the 2025 merges list does to a district: it ends, and its code stays in the history.
    if (closeCodes.length)
      await ctx.db
        .update(orgUnits)
        .set({ validTo: '2025-06-30' })
        .where(inArray(orgUnits.gsoCode, closeCodes));
  } finally {
    await database.close();
  }
  return env;
}

/** Collects what the loader logs, one entry per line. */
function capturingLog() {
  const lines: Array<{ level: number; msg: string }> = [];
  const log = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { log, lines };
}

// Opening an embedded database migrates it: seconds on a loaded 2-core machine.
describe('demo data beside an imported catalogue', { timeout: 180_000 }, () => {
  it('says in one line why it does not load when Thường Xuân is not in force, and the server starts', async () => {
    const env = await importedDataDir(
      'no-thuong-xuan',
      [
        ['396', 'Huyện Thường Xuân', ['15607', '15610']],
        ['999', 'Huyện Khác', ['99901']],
      ],
      ['396', '15607', '15610'],
    );
    const database = await openConfiguredDatabase(loadConfig(env));
    const { log, lines } = capturingLog();
    try {
      const loaded = await loadDemoData({ db: database.db, now: () => new Date(), log });
      expect(loaded).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.msg).toContain('Không nạp dữ liệu mẫu');
      expect(lines[0]!.msg).toContain('create-user');
      const [n] = await database.db.select({ n: count() }).from(users);
      expect(n!.n).toBe(0);
      // The imported catalogue is left as it was: the demo's own catalogue was not imported over it.
      const inForce = await database.db.select().from(orgUnits).where(isNull(orgUnits.validTo));
      expect(inForce.map((u) => u.gsoCode).sort()).toEqual(['38', '999', '99901']);
    } finally {
      await database.close();
    }

    const server = await startServer(
      loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    );
    try {
      expect(server.demoLoaded).toBe(false);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.app.close();
      await server.database.close();
    }
  });

  it('loads the demo accounts beside a catalogue in which the demo units are in force', async () => {
    const env = await importedDataDir('with-thuong-xuan', [
      ['396', 'Huyện Thường Xuân', ['15607', '15610']],
      ['999', 'Huyện Khác', ['99901']],
    ]);
    const database = await openConfiguredDatabase(loadConfig(env));
    try {
      const loaded = await loadDemoData({
        db: database.db,
        now: () => new Date(),
        log: pino({ level: 'silent' }),
      });
      expect(loaded).toBe(true);
      const [admin] = await database.db.select().from(users).where(eq(users.username, 'admin'));
      expect(admin).toBeDefined();
      // Units of the imported catalogue the demo does not know stay in force.
      const [other] = await database.db.select().from(orgUnits).where(eq(orgUnits.gsoCode, '999'));
      expect(other?.validTo).toBeNull();
      const communes = await database.db
        .select()
        .from(orgUnits)
        .where(eq(orgUnits.type, 'commune'))
        .then((rows) => rows.filter((r) => r.validTo === null));
      expect(communes.map((c) => c.gsoCode).sort()).toEqual(['15607', '15610', '99901']);
    } finally {
      await database.close();
    }
  });
});
