/**
 * Follows README.md's "Triển khai (Deploying)" section from an empty server to a signed-in administrator:
 * the section's blocks are read from README.md and run in order, so the README and this test cannot drift.
 * Run by `npm run test:deploy`, not by `npm test`: it builds the app (nothing when its inputs are unchanged),
 * imports the national catalogue and the 2025 merges, and starts the production server.
 *
 * What differs from a real server, and why (nothing else is changed):
 * - the `database` block (`sudo -u postgres createuser/createdb`) becomes the same two statements on
 *   127.0.0.1:5432 as the postgres user, for a uniquely named role and database dropped afterwards;
 *   DATABASE_URL names them instead of the README's `xaso:MẬT_KHẨU@…/xaso` (which must name the block's role
 *   and database);
 * - `npm ci` is not run: this checkout's dependencies are installed, and reinstalling them would pull
 *   node_modules from under other processes using the checkout;
 * - the paths in SUBSTITUTIONS below: /etc, /opt, /var/lib and /backup become a temporary directory or this
 *   checkout, the catalogue files are the real ones from the shared data folder (read in place, never copied);
 * - PORT is a free port, so that a running server does not stop the test;
 * - the systemd unit is not installed: its ExecStart runs in its WorkingDirectory with the variables of its
 *   EnvironmentFile read as systemd reads them, as the current user (not `xaso`);
 * - `manual` blocks (the service account, nginx) are not run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnvFile, writeEnvFile } from './env-file.ts';
import { deployingBlocks, deployingSection, REPO_ROOT, type ReadmeBlock } from './readme-blocks.ts';

const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');
const CATALOGUE = path.join(SHARED_DATA, 'units-2025-03-gso.json');
const MERGES = path.join(SHARED_DATA, 'units-2025-07-merges.json');
const ADMIN_URL = process.env.XASO_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

const work = mkdtempSync(path.join(tmpdir(), 'xaso-deploy-'));
const envPath = path.join(work, 'etc/xaso.env');
const dataDir = path.join(work, 'var/lib/xaso');
const backupDir = path.join(work, 'backup');
const unique = `xaso_deploy_${process.pid}_${randomBytes(3).toString('hex')}`;
const dbPassword = randomBytes(12).toString('hex');
const adminPassword = `mat-khau-${randomBytes(6).toString('hex')}`;

/** Every text replacement the test makes in the README's commands and values. */
const SUBSTITUTIONS: Array<{ from: string; to: string }> = [
  { from: '/etc/xaso.env', to: envPath },
  { from: '/opt/xaso', to: REPO_ROOT },
  { from: '/var/lib/xaso', to: dataDir },
  { from: '/backup', to: backupDir },
  { from: 'danh-muc-don-vi.json', to: CATALOGUE },
  { from: 'sap-xep-2025.json', to: MERGES },
];
const substitute = (text: string) => SUBSTITUTIONS.reduce((t, s) => t.replaceAll(s.from, s.to), text);

/** Lines of `run` blocks the test leaves out, with the reason (see the header). */
const NOT_RUN = new Map([['npm ci', 'dependencies of this checkout are installed already']]);

let server: ChildProcess | undefined;
let serverOutput = '';
let createdDatabase = false;

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) await stop(server);
  if (createdDatabase) {
    await admin(`drop database if exists ${unique} with (force)`);
    await admin(`drop role if exists ${unique}`);
  }
  rmSync(work, { recursive: true, force: true });
});

describe('README: Triển khai (Deploying)', () => {
  it('marks every block, has the steps the test follows, and an env file systemd and bash read alike', () => {
    const blocks = deployingBlocks();
    expect(blocks.filter((b) => b.kind === 'database')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'env')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'systemd')).toHaveLength(1);
    const env = parseEnvFile(only(blocks, 'env').lines.join('\n'));
    expect(env.get('NODE_ENV')).toBe('production');
    // The form the README used to show: systemd would start the server with NODE_ENV='production # …'.
    expect(() => parseEnvFile('NODE_ENV=production   # cookie Secure')).toThrow(/inline comment/);
  });

  it('the nginx block sends requests to the HOST and PORT of the env file, which TRUST_PROXY trusts', () => {
    const blocks = deployingBlocks();
    const env = parseEnvFile(only(blocks, 'env').lines.join('\n'));
    const nginx = blocks.find((b) => b.language === 'nginx');
    expect(nginx?.lines.join('\n')).toContain(`proxy_pass http://${env.get('HOST')}:${env.get('PORT')};`);
    expect(env.get('TRUST_PROXY')?.split(',')).toContain(env.get('HOST'));
  });

  it('takes an empty server to a signed-in administrator, then backs it up and checks its storage', async () => {
    for (const file of [CATALOGUE, MERGES])
      if (!existsSync(file))
        throw new Error(`${file} is missing: the deploy test imports the real catalogue from ../shared/data`);
    const blocks = deployingBlocks();

    // Step: the database (as the postgres user, instead of sudo).
    const database = only(blocks, 'database').lines.join('\n');
    const role = /createuser\s.*?(\S+)\s*$/m.exec(database)?.[1];
    const [, owner, dbName] = /createdb\s+--owner\s+(\S+)\s+(\S+)/.exec(database) ?? [];
    expect(owner, 'createdb gives the database to the role just created').toBe(role);
    await admin(`create role ${unique} login password '${dbPassword}'`);
    createdDatabase = true;
    await admin(`create database ${unique} owner ${unique}`);

    // Step: the env file, with the test's database, data directory and port.
    const envBlock = only(blocks, 'env');
    const env = parseEnvFile(envBlock.lines.join('\n'));
    const url = new URL(env.get('DATABASE_URL')!);
    expect([url.username, url.pathname], 'DATABASE_URL names the role and database created above').toEqual([
      role,
      `/${dbName}`,
    ]);
    url.username = unique;
    url.password = dbPassword;
    url.pathname = `/${unique}`;
    env.set('DATABASE_URL', url.toString());
    env.set('DATA_DIR', substitute(env.get('DATA_DIR')!));
    env.set('PORT', String(await freePort()));
    mkdirSync(path.dirname(envPath), { recursive: true });
    writeFileSync(envPath, writeEnvFile(env));
    // Made by `useradd --create-home` in the README's manual block.
    mkdirSync(dataDir, { recursive: true });

    const sourcing = /`(set -a; \. (\S+); set \+a)`/.exec(deployingSection());
    expect(sourcing?.[2], 'the README loads the env file it shows before the commands that need it').toBe(
      unitSetting(only(blocks, 'systemd'), 'EnvironmentFile'),
    );
    const loadEnv = substitute(sourcing![1]!);

    // The run blocks, in order: those after the env block load it first, as the README says.
    const envIndex = blocks.indexOf(envBlock);
    const systemdIndex = blocks.indexOf(only(blocks, 'systemd'));
    const runBlocks = blocks
      .map((block, index) => ({ block, index }))
      .filter(({ block }) => block.kind === 'run');
    for (const { block, index } of runBlocks.filter(({ index }) => index < systemdIndex)) {
      const output = await runBlock(block, index > envIndex ? loadEnv : '');
      if (block.lines.some((l) => l.includes('create-user'))) expect(output).toContain('Đã tạo tài khoản');
    }

    // Step: the service, as its unit starts it.
    const unit = only(blocks, 'systemd');
    expect(unitSetting(unit, 'EnvironmentFile')).toBe(SUBSTITUTIONS.find((s) => s.to === envPath)!.from);
    const [command, ...args] = unitSetting(unit, 'ExecStart').split(/\s+/);
    const serviceEnv = parseEnvFile(readFileSync(substitute(unitSetting(unit, 'EnvironmentFile')), 'utf8'));
    server = spawn(command!, args, {
      cwd: substitute(unitSetting(unit, 'WorkingDirectory')),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...Object.fromEntries(serviceEnv) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const base = await banner(server);
    expect(base).toBe(`http://${env.get('HOST')}:${env.get('PORT')}`);

    // The administrator signs in (decision 002: a Secure session cookie in production, a CSRF token).
    const username = /--username\s+(\S+)/.exec(
      runBlocks.map(({ block }) => block.lines.join('\n')).join('\n'),
    )?.[1];
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: adminPassword }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    const setCookie = login.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const users = await fetch(`${base}/api/users`, { headers: { cookie } });
    expect(users.status).toBe(200);
    const { items } = (await users.json()) as {
      items: Array<{ username: string; roles: Array<{ role: string }> }>;
    };
    expect(items).toEqual([
      expect.objectContaining({ username, roles: [expect.objectContaining({ role: 'admin' })] }),
    ]);
    expect((await fetch(`${base}/api/users`)).status, 'without the session').toBe(401);
    expect((await fetch(`${base}/api/docs/json`)).status, 'API_DOCS=off').toBe(404);

    // Steps after the service: backup, storage check (the server still running, as on a real day).
    for (const { block } of runBlocks.filter(({ index }) => index > systemdIndex))
      await runBlock(block, loadEnv);
    const backups = readdirSync(backupDir);
    expect(backups.filter((f) => f.endsWith('.dump'))).toHaveLength(1);
    expect(backups.filter((f) => f.endsWith('.tar.gz'))).toHaveLength(1);

    const logout = await fetch(`${base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.ok).toBe(true);
    expect((await fetch(`${base}/api/users`, { headers: { cookie } })).status).toBe(401);
    await stop(server);
    expect(serverOutput, 'the server closes cleanly on SIGTERM').toContain('"msg":"shutting down"');
  });
});

function only(blocks: ReadmeBlock[], kind: ReadmeBlock['kind']): ReadmeBlock {
  const found = blocks.filter((b) => b.kind === kind);
  if (found.length !== 1)
    throw new Error(`expected one "${kind}" block in the Deploying section, found ${found.length}`);
  return found[0]!;
}

function unitSetting(unit: ReadmeBlock, name: string): string {
  const line = unit.lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`the systemd unit (README.md line ${unit.line}) has no ${name}=`);
  return line.slice(name.length + 1).trim();
}

/**
 * Runs a block's commands in bash from the source directory, as an administrator would type them, with a
 * shell's environment (not this test process's, which says NODE_ENV=test). The password goes to stdin, as the
 * README tells a script to pass it to create-user. Fails with the block, its line and its output.
 */
function runBlock(block: ReadmeBlock, prelude: string): Promise<string> {
  const commands = block.lines.filter((line) => {
    const command = line.trim();
    return command !== '' && !command.startsWith('#') && !NOT_RUN.has(command);
  });
  const script = ['set -euo pipefail', prelude, ...commands.map(substitute)].filter(Boolean).join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stdin.end(`${adminPassword}\n`);
    child.once('exit', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `README.md line ${block.line}: the block failed (exit ${code}):\n${script}\n---\n${output}`,
          ),
        );
    });
  });
}

/** The address the server's banner gives, once it is listening; its output is kept in serverOutput. */
function banner(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      serverOutput += chunk.toString('utf8');
      const found = /đang chạy tại (http:\/\/\S+)/.exec(serverOutput);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`the server stopped (exit ${code}) before listening:\n${serverOutput}`)),
    );
  });
}

/**
 * Stops the service as systemd does, SIGTERM to its process group (npm and the server under it), and waits
 * until the last of them has closed the output they share.
 */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
