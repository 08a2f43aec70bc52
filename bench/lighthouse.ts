/**
 * Lighthouse performance of the app as a commune officer meets it on a phone: the login page, and a commune's
 * workspace after logging in. Mobile preset (Lighthouse's default: a mid-range phone, simulated slow 4G and a
 * 4× slower CPU). Starts the bundled server (`npm run serve`; build first, as `npm run bench:lighthouse` does)
 * on a fresh data directory with the demo data, opens a 2022 cycle for Xã Bát Mọt through the API, and runs
 * each page several times; prints each run and the median. Target: score ≥ 90 and first paint < 2 s.
 * Usage: npm run bench:lighthouse [-- runs] [--out DIR]   (default 3 runs per page; --out keeps each run's
 * Lighthouse report as JSON, to see which requests and scripts the time went to)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { loginHeaders, serveCommand } from './support/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '') : undefined;
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && (outIndex < 0 || i !== outIndex + 1)) ?? 3);
const port = 3930;
const url = `http://127.0.0.1:${port}`;
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** benchmarkIndex: Lighthouse's measure of this machine's speed at the time of the run (its CPU throttling
 * assumes a desktop of ~1000+ emulating a mid-range phone); a loaded machine scores lower and its TBT rises. */
type Figures = {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  benchmarkIndex: number;
};

async function startServer(dataDir: string): Promise<ChildProcess> {
  // NODE_ENV unset: the demo data is loaded and cookies are not Secure (plain http on 127.0.0.1).
  const { NODE_ENV: _unset, ...env } = process.env;
  const child = spawn('node', serveCommand(), {
    cwd: root,
    env: {
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function api<T>(headers: Record<string, string>, method: string, pathname: string, body?: unknown) {
  const res = await fetch(`${url}${pathname}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The workspace page of Xã Bát Mọt in a cycle its district opens (the demo data has no cycle). */
async function workspacePath(): Promise<string> {
  const office = await loginHeaders(url, 'vhtt.thuongxuan');
  const unit = async (name: string) => {
    const { items } = await api<{ items: { id: string; name: string }[] }>(
      office,
      'GET',
      `/api/org-units?q=${encodeURIComponent(name)}`,
    );
    const found = items.find((u) => u.name === name);
    if (!found) throw new Error(`demo data has no ${name}`);
    return found.id;
  };
  const batMot = await unit('Xã Bát Mọt');
  const cycle = await api<{ id: string }>(office, 'POST', '/api/cycles', {
    year: 2022,
    scopeId: await unit('Huyện Thường Xuân'),
    criteriaFrameworkId: 'commune-criteria-2022',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [batMot],
    exclusions: [],
  });
  return `/cycles/${cycle.id}/communes/${batMot}`;
}

async function measure(
  chromePort: number,
  pageUrl: string,
  cookie: string | undefined,
  report?: string,
): Promise<Figures> {
  const result = await lighthouse(pageUrl, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // The session cookie goes with every request of the page, as the browser sends it after logging in.
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${pageUrl}`);
  if (lhr.runtimeError)
    throw new RunFailed(`${pageUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (lhr.finalDisplayedUrl !== pageUrl) throw new Error(`${pageUrl} ended on ${lhr.finalDisplayedUrl}`);
  if (report) writeFileSync(report, JSON.stringify(lhr));
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Lighthouse itself failed (now and then its trace misses the navigation start): worth another try. */
class RunFailed extends Error {}

async function measureTwice(...args: Parameters<typeof measure>): Promise<Figures> {
  try {
    return await measure(...args);
  } catch (error) {
    if (!(error instanceof RunFailed)) throw error;
    console.log(`  (${error.message.split('\n')[0]}; running again)`);
    return measure(...args);
  }
}

function line(label: string, f: Figures): string {
  return (
    `${label.padEnd(22)} score ${String(f.score).padStart(3)}  FCP ${(f.fcp / 1000).toFixed(2)} s  ` +
    `LCP ${(f.lcp / 1000).toFixed(2)} s  TBT ${Math.round(f.tbt)} ms  CLS ${f.cls.toFixed(3)}  ` +
    `transferred ${(f.bytes / 1024).toFixed(0)} KB  (benchmark index ${Math.round(f.benchmarkIndex)})`
  );
}

function median(all: Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    score: mid((f) => f.score),
    fcp: mid((f) => f.fcp),
    lcp: mid((f) => f.lcp),
    tbt: mid((f) => f.tbt),
    cls: mid((f) => f.cls),
    bytes: mid((f) => f.bytes),
    benchmarkIndex: mid((f) => f.benchmarkIndex),
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'xaso-bench-lighthouse-'));
let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  if (outDir) mkdirSync(outDir, { recursive: true });
  server = await startServer(dataDir);
  const workspace = await workspacePath();
  const { cookie } = await loginHeaders(url, 'canbo.batmot');
  chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags });
  const pages: Array<[string, string, string | undefined]> = [
    ['login page', `${url}/login`, undefined],
    ['commune workspace', `${url}${workspace}`, cookie],
  ];
  for (const [label, pageUrl, pageCookie] of pages) {
    const all: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      const report = outDir && path.join(outDir, `${label.replaceAll(' ', '-')}-${i + 1}.json`);
      all.push(await measureTwice(chrome.port, pageUrl, pageCookie, report));
      console.log(line(`${label} #${i + 1}`, all.at(-1)!));
    }
    console.log(line(`${label} median`, median(all)));
  }
} finally {
  chrome?.kill();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
