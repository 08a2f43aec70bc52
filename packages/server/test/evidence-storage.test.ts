import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidence } from '../src/db/schema.ts';
import { LocalFileStorage } from '../src/storage/local-file-storage.ts';
import { ownStagingName } from '../src/storage/staging-owner.ts';
import { isKeyReferenced } from '../src/storage/storage-references.ts';
import { unitIds } from './support/cycle-fixture.ts';
import { citation, pdf, uploadAs } from './support/evidence-upload.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let communeId: string;
beforeAll(async () => {
  t = await createTestApp();
  communeId = (await unitIds(t, ['Xã Bát Mọt']))['Xã Bát Mọt']!;
  // Two ways the database itself refuses a row the request schema let through: at the insert (a CHECK), and
  // only at COMMIT, after the insert and the audit event were written (a deferred constraint trigger).
  for (const statement of [
    `alter table evidence add constraint evidence_test_refused check (issuer is distinct from 'Từ chối khi ghi')`,
    `create function evidence_test_refuse_at_commit() returns trigger language plpgsql as $$
      begin
        if new.issuer = 'Từ chối khi xác nhận' then raise exception 'refused at commit'; end if;
        return new;
      end $$`,
    `create constraint trigger evidence_test_refused_at_commit after insert on evidence
      deferrable initially deferred for each row execute function evidence_test_refuse_at_commit()`,
  ])
    await t.ctx.db.execute(sql.raw(statement));
});
afterAll(() => t.close());

/** Files kept in storage (staging excluded), as paths under the files folder. */
function storedFiles(): string[] {
  return files(t.filesDir).filter((f) => !f.startsWith('tmp/'));
}
/** Files in staging, in any process's folder. */
const stagedFiles = () => files(path.join(t.filesDir, 'tmp'));

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(path.join(dir, f)).isFile())
      .map((f) => f.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

const rowsOfSha = (sha256: string) => t.ctx.db.select().from(evidence).where(eq(evidence.sha256, sha256));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('an upload refused after its file streamed in leaves no file and no row', () => {
  it.each([
    ['a NUL byte in the summary', { summary: 'Kế hoạch\u0000 năm 2024' }],
    ['a date in year 0', { docDate: '0000-01-01' }],
    ['the database refusing the insert', { issuer: 'Từ chối khi ghi' }],
    ['the database refusing at commit, after the insert', { issuer: 'Từ chối khi xác nhận' }],
  ])('%s', async (_case, change) => {
    const officer = await t.as('canbo.batmot');
    const bytes = pdf(`tu choi ${JSON.stringify(change)}`);
    const before = storedFiles();
    const res = await uploadAs(officer, communeId, 'tu-choi.pdf', bytes, { ...citation, ...change });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(Object.keys(res.json())).toEqual(expect.arrayContaining(['code', 'message']));
    expect(res.body).not.toMatch(/refused at commit|evidence_test|stack/);
    expect(storedFiles()).toEqual(before);
    expect(stagedFiles()).toEqual([]);
    expect(await rowsOfSha(sha(bytes))).toEqual([]);
    // The same file with a good citation is then stored normally (nothing half-written is in its way).
    const retry = await uploadAs(officer, communeId, 'tu-choi.pdf', bytes);
    expect(retry.json()).toMatchObject({ duplicate: false });
    expect(storedFiles()).toHaveLength(before.length + 1);
  });
});

describe('identical uploads at the same time', () => {
  it('ten at once: all answered, one document and one file kept, nine told it is a duplicate', async () => {
    const officer = await t.as('canbo.batmot');
    const bytes = pdf('muoi lan cung luc');
    const before = storedFiles().length;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => uploadAs(officer, communeId, 'cung-luc.pdf', bytes)),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const bodies = answers.map((r) => r.json());
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(9);
    expect(new Set(bodies.map((b) => b.evidence.id)).size).toBe(1);
    expect(await rowsOfSha(sha(bytes))).toHaveLength(1);
    expect(storedFiles()).toHaveLength(before + 1);
    expect(stagedFiles()).toEqual([]);
  });
});

describe('a start cleans what a killed process left in staging', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const tmp = () => path.join(t.filesDir, 'tmp');
  const host = ownStagingName().replace(/\.\d+$/, '');
  // Above Linux's highest pid (2^22): a process that cannot be running.
  const deadPid = 2 ** 22 + 1;

  function leave(folder: string, name: string, ageMs = 0) {
    mkdirSync(path.join(tmp(), folder), { recursive: true });
    const file = path.join(tmp(), folder, name);
    writeFileSync(file, 'partial');
    const when = new Date(Date.now() - ageMs);
    utimesSync(file, when, when);
    utimesSync(path.join(tmp(), folder), when, when);
  }

  it('removes partial uploads and placed files whose row was never written; keeps live processes’ uploads', async () => {
    const officer = await t.as('canbo.batmot');
    const { evidence: kept } = (await uploadAs(officer, communeId, 'da-ghi.pdf', pdf('da ghi'))).json();
    const [row] = await t.ctx.db
      .select({ storageKey: evidence.storageKey })
      .from(evidence)
      .where(eq(evidence.id, kept.id));
    const storageKey = row!.storageKey;
    const unwritten = `${communeId}/${randomUUID()}`;
    mkdirSync(path.join(t.filesDir, communeId), { recursive: true });
    writeFileSync(path.join(t.filesDir, unwritten), '%PDF-1.4 placed, row never written');
    const placed = (key: string) => `placed.${key.replaceAll('/', '+')}`;
    leave(`${host}.${deadPid}`, randomUUID());
    leave(`${host}.${deadPid}`, placed(unwritten));
    leave(`${host}.${deadPid}`, placed(storageKey));
    leave(`${host}.${process.ppid}`, 'dang-tai-len');
    // A pid that runs (1 always does) but left nothing changed for a day: reused since (after a reboot).
    leave(`${host}.1`, 'truoc-khi-khoi-dong-lai', DAY + 60_000);
    leave('may-khac.12', 'dang-tai-len');
    leave('may-khac.13', 'bo-lai-tu-hom-qua', DAY + 60_000);
    leave('', 'kieu-cu-bo-lai', DAY + 60_000);
    leave('', 'kieu-cu-dang-tai');
    const filesBefore = storedFiles();

    const storage = new LocalFileStorage(t.filesDir);
    const result = await storage.recoverStaging((key) => isKeyReferenced(t.ctx.db, key));

    expect(result).toEqual({ staged: 4, placedRemoved: 1, placedKept: 1 });
    expect(storedFiles()).toEqual(filesBefore.filter((f) => f !== unwritten));
    expect(storedFiles()).toContain(storageKey);
    expect(stagedFiles().sort()).toEqual(
      [`${host}.${process.ppid}/dang-tai-len`, 'kieu-cu-dang-tai', 'may-khac.12/dang-tai-len'].sort(),
    );
    const file = await officer.get(`/api/evidence/${kept.id}/file`);
    expect(file.statusCode).toBe(200);
  });
});
