import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');

export type ChildServer = {
  url: string;
  pid: number;
  /** Whether the process is still running (no exit seen, and signal 0 reaches it). */
  alive(): boolean;
  /** Resident set size and its peak, in KB, from /proc (the whole process: main thread and workers). */
  memoryKb(): { rss: number; peak: number };
  /** Threads of the process (/proc): a parse worker left behind shows here. */
  threads(): number;
  /** Logs in with a demo account; the headers a browser would send (cookie and CSRF token). */
  login(username: string): Promise<Record<string, string>>;
  stop(): Promise<void>;
};

/**
 * Starts the real server as a separate process — from sources under tsx, or the bundle `npm start` runs — on
 * a free port with a fresh embedded database, and waits for the address it prints. Used where a test asserts
 * from outside: memory, liveness, whether other requests are still answered.
 */
export async function startChildServer(options: { bundle?: boolean } = {}): Promise<ChildServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-child-'));
  const args = options.bundle
    ? ['packages/server/dist/main.js']
    : ['--import', 'tsx', 'packages/server/src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /đang chạy tại (http:\/\/\S+)/.exec(output);
      // Bound to 127.0.0.1 above; 'localhost' might resolve to ::1 first.
      if (found?.[1]) resolve(found[1].replace('//localhost:', '//127.0.0.1:'));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    alive: () => {
      if (exited) return false;
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    },
    memoryKb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    },
    threads: () => Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0),
    login: async (username) => {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'xaso-demo-2026' }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, 'x-csrf-token': csrfToken };
    },
    stop: async () => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body with one file, as a browser sends it (for `fetch`). */
export function multipartBody(fileName: string, bytes: Buffer | string): FormData {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), fileName);
  return form;
}
