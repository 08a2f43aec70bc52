import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-banner-'));
let child: ChildProcess;
let output = '';

/** Resolves once the server's output matches, with the match; rejects if the process ends first. */
function waitFor(pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = pattern.exec(output);
      if (!found) return;
      child.stdout!.off('data', check);
      resolve(found);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
    check();
  });
}

beforeAll(async () => {
  // The real entry point, listening on every address at the default log level, as a server room runs it.
  child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  await waitFor(/Tài khoản dùng thử/);
});

afterAll(async () => {
  if (child.exitCode === null) {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('where the server says it is, at start', () => {
  it('says it once: an address that opens the app, and that it listens on every address (HOST=0.0.0.0)', async () => {
    const [, url] =
      /Xã Số đang chạy tại (http:\/\/\S+) — lắng nghe trên mọi địa chỉ IPv4 của máy \(HOST=0\.0\.0\.0\)/.exec(
        output,
      ) ?? [undefined, undefined];
    expect(url, output).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output).not.toContain('Server listening');
    expect(output).not.toContain('Deprecation');
    expect(output.match(/đang chạy tại/g)).toHaveLength(1);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('still writes the line of a refused request afterwards', async () => {
    const [, url] = /đang chạy tại (http:\/\/\S+)/.exec(output)!;
    const res = await fetch(`${url}/api/users`);
    expect(res.status).toBe(401);
    const [line] = await waitFor(/\{[^\n]*"path":"\/api\/users"[^\n]*\}/);
    expect(JSON.parse(line)).toMatchObject({ level: 30, method: 'GET', status: 401 });
  });
});
