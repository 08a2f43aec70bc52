import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ctx } from '../src/context.ts';
import type { Database } from '../src/db/client.ts';
import { frameworkVersions } from '../src/db/schema.ts';
import { ensureBundledFrameworks } from '../src/modules/frameworks/bundled.ts';
import { parseFrameworkYaml } from '../src/modules/frameworks/parse/parse-yaml.ts';
import { smallFrameworkYaml } from './support/small-framework.ts';
import { createTestDatabase } from './support/test-database.ts';

// Counts the parses of shipped files: skipping them is what keeps a restart fast.
vi.mock('../src/modules/frameworks/parse/parse-yaml.ts', async (original) => {
  const actual = await original<typeof import('../src/modules/frameworks/parse/parse-yaml.ts')>();
  return {
    ...actual,
    parseFrameworkYaml: vi.fn(actual.parseFrameworkYaml),
  };
});
const parses = vi.mocked(parseFrameworkYaml);

const ID = 'khung-kem-theo-2026';
const dir = mkdtempSync(path.join(tmpdir(), 'xaso-shipped-'));
const file = path.join(dir, 'khung-kem-theo.yaml');
const ship = (text: string) => writeFileSync(file, text);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let database: Database;
let ctx: Ctx;
beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, now: () => new Date('2026-03-02T02:00:00Z'), log: pino({ level: 'silent' }) };
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
// Braces: mockClear returns the mock, which vitest would take for a clean-up function and call.
beforeEach(() => {
  parses.mockClear();
});

const versions = () =>
  database.db
    .select({ version: frameworkVersions.version, sourceHash: frameworkVersions.sourceHash })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.frameworkId, ID))
    .orderBy(asc(frameworkVersions.version));

describe('shipped frameworks at each start', () => {
  const text = smallFrameworkYaml({ id: ID });

  it('stores a new file with the hash of its bytes; the next start does not parse it again', async () => {
    ship(text);
    await ensureBundledFrameworks(ctx, dir);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(await versions()).toEqual([{ version: 1, sourceHash: sha256(text) }]);

    parses.mockClear();
    await ensureBundledFrameworks(ctx, dir);
    expect(parses).not.toHaveBeenCalled();
    expect(await versions()).toHaveLength(1);
  });

  it('a version stored before hashes were kept gets its hash once, then is skipped', async () => {
    await database.db
      .update(frameworkVersions)
      .set({ sourceHash: null })
      .where(eq(frameworkVersions.frameworkId, ID));
    await ensureBundledFrameworks(ctx, dir);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(await versions()).toEqual([{ version: 1, sourceHash: sha256(text) }]);

    parses.mockClear();
    await ensureBundledFrameworks(ctx, dir);
    expect(parses).not.toHaveBeenCalled();
  });

  it('a comment added to the file is no new version; a changed target is', async () => {
    const commented = `# Ghi chú: bản sao để kiểm thử\n${text}`;
    ship(commented);
    await ensureBundledFrameworks(ctx, dir);
    expect(await versions()).toEqual([{ version: 1, sourceHash: sha256(commented) }]);

    const changed = smallFrameworkYaml({ id: ID, target: 90 });
    ship(changed);
    await ensureBundledFrameworks(ctx, dir);
    expect(await versions()).toEqual([
      { version: 1, sourceHash: sha256(commented) },
      { version: 2, sourceHash: sha256(changed) },
    ]);
  });
});
