import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../src/modules/frameworks/parse/import-limits.ts';
import { type ChildServer, multipartBody, startChildServer } from './support/child-server.ts';
import { yamlBillionLaughs, yamlManyKeys } from './support/yaml-bombs.ts';
import { lyingXlsxBomb, xlsxBomb } from './support/zip-bombs.ts';

/**
 * Import bombs against the real server in its own process, observed from outside as an attacker and the other
 * users would: every bomb is refused with a 4xx in the one error shape, the process survives with its memory
 * bounded, and other requests keep being answered while the bombs are handled (issue 9, items 3, 4 and 9).
 * Before the fix, four 1 GB workbooks at once killed the process (heap out of memory) and 40,000 YAML keys
 * blocked every request for 17 s.
 */

/**
 * How far the bombs may raise the process's peak resident memory (VmHWM): the parse worker's 256 MB heap plus its
 * code and buffers. The peak, not the current RSS, since the system may reclaim idle pages (PGlite holds ~850 MB)
 * and make a current figure look like growth. One 1 GB workbook parsed as before would raise it by ~1 GB.
 */
const PEAK_RISE_CEILING_KB = 450 * 1024;

let server: ChildServer;
let headers: Record<string, string>;
let idlePeakKb: number;
let idleThreads: number;

beforeAll(async () => {
  server = await startChildServer();
  headers = await server.login('admin');
  // Warm the parse worker with a real file, so its start-up cost is in the baseline, not counted as growth.
  const warm = await importFile('qd-1829-2023.yaml', shippedYaml('am-may'), '/api/frameworks/validate');
  expect(warm.status).toBe(200);
  idlePeakKb = server.memoryKb().peak;
  idleThreads = server.threads();
}, 90_000);
afterAll(() => server?.stop());

function shippedYaml(id: string): string {
  const file = path.resolve(import.meta.dirname, '../../../frameworks/thanh-hoa/qd-1829-2023.yaml');
  return readFileSync(file, 'utf8').replaceAll('qd-1829-2023', id);
}

function importFile(fileName: string, bytes: Buffer | string, url = '/api/frameworks') {
  return fetch(`${server.url}${url}`, { method: 'POST', headers, body: multipartBody(fileName, bytes) });
}

describe('import bombs, observed from outside the server process', () => {
  it('refuses every bomb with a Vietnamese 4xx, keeps answering others meanwhile, and stays alive and bounded', async () => {
    const oversize = Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x20);
    const bombs: [string, Buffer | string, RegExp][] = [
      ...[1, 2, 3, 4].map((n): [string, Buffer, RegExp] => [
        `bom-${n}.xlsx`,
        xlsxBomb(),
        /tỉ lệ nén bất thường/,
      ]),
      ...[1, 2].map((n): [string, Buffer, RegExp] => [
        `bom-khai-sai-${n}.xlsx`,
        lyingXlsxBomb(),
        /hơn mức khai/,
      ]),
      ...[1, 2, 3].map((n): [string, string, RegExp] => [
        `khoa-${n}.yaml`,
        yamlManyKeys(40_000),
        /quá nhiều mục/,
      ]),
      ['cuoi.yaml', yamlBillionLaughs(), /tham chiếu/],
      ['qua-mot-byte.yaml', oversize, /Tệp quá lớn/],
    ];

    // The order in which answers come back, as seen by the clients.
    const order: string[] = [];
    const answers = bombs.map(async ([name, bytes]) => {
      const res = await importFile(name, bytes);
      const body = await res.json();
      order.push(`bomb ${name}`);
      return { name, status: res.status, body };
    });
    // Another user meanwhile: health checks one after another, sent while the bombs are in flight.
    const health: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${server.url}/api/health`);
      health.push(res.status);
      order.push('health');
    }
    const results = await Promise.all(answers);

    for (const [name, , message] of bombs) {
      // All are "too large" once inflated, expanded or counted: 413 in the one error shape.
      expect(results.find((r) => r.name === name)).toEqual({
        name,
        status: 413,
        body: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(message) },
      });
    }
    expect(health).toEqual([200, 200, 200, 200, 200]);
    // Every health check was answered before the last bomb was: none waited behind a parse on the event loop.
    expect(order.lastIndexOf('health')).toBeLessThan(order.findLastIndex((o) => o.startsWith('bomb')));

    expect(server.alive()).toBe(true);
    expect(server.memoryKb().peak - idlePeakKb).toBeLessThan(PEAK_RISE_CEILING_KB);
    // A refusal leaves the parse worker in place: no thread is started per bomb and left behind.
    expect(server.threads()).toBe(idleThreads);
    // And it still imports a real file afterwards.
    const after = await importFile('qd-1829-2023.yaml', shippedYaml('sau-bom'));
    expect(await after.json()).toMatchObject({ ok: true, created: true, framework: { id: 'sau-bom' } });
  }, 60_000);
});
