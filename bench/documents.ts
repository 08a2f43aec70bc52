/**
 * Time to build each document for one commune, through the running server (the bundled one, as `npm run serve`
 * runs it): Hoằng Cát's 2024 criteria (seed 001) and an index self-assessment with seed 003's figures, then
 * each report in each format five times. Reports the job's own duration (build + render + store, measured by
 * the server) and the wall time from the request to the finished job as the page sees it.
 * Targets: under 1 s for DOCX and XLSX. With `--out DIR` the last file of each kind and format is saved there
 * (used for the page images in docs/screenshots).
 * Usage: npm run bench:documents [-- --out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_001, seed001Input } from '../frameworks/seed-001-hoang-cat-2024.ts';
import { loginHeaders, startBenchServer } from './support/server.ts';

const RUNS = 5;
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '.') : null;

type Item = { kind: string; code: string; measure: { kind: string; levels?: string[] } };
type Job = {
  id: string;
  status: string;
  durationMs: number | null;
  fileName: string | null;
  error: string | null;
};

/** Seed 003 (Quảng Bình 2022) raw figures where the report gives them. */
const SEED_003: Record<string, [number, number]> = {
  '3.1': [21, 21],
  '3.4': [4445, 5293],
  '7.4': [7, 19],
  '7.6': [2, 19],
  '8.1': [1068, 6633],
  '8.2': [3831, 5239],
};

function criterionInput(item: Item) {
  const printed = SEED_001[item.code]![1];
  const completion = printed === 100 ? 'Nhiệm vụ thường xuyên - Đã và đang thực hiện' : 'Trong quý III/2024';
  return { ...seed001Input(item.measure, printed), plannedCompletion: completion };
}

function indicatorInput(item: Item) {
  const figures = SEED_003[item.code];
  if (figures) return { numerator: figures[0], denominator: figures[1] };
  const m = item.measure;
  if (m.kind === 'ratio') return { numerator: 80, denominator: 100 };
  if (m.kind === 'yes_no') return { value: true };
  if (m.kind === 'count') return { value: 4 };
  if (m.kind === 'level') return { value: m.levels!.at(-1) };
  return { value: 'Đã thực hiện' };
}

async function setUp(url: string) {
  const admin = await loginHeaders(url, 'admin');
  const call = async <T>(headers: Record<string, string>, method: string, p: string, body?: unknown) => {
    const res = await fetch(`${url}${p}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const find = async (name: string) =>
    (
      await call<{ items: Array<{ id: string; name: string }> }>(
        admin,
        'GET',
        `/api/org-units?q=${encodeURIComponent(name)}`,
      )
    ).items.find((u) => u.name === name)!.id;
  const [district, commune] = [await find('Huyện Hoằng Hóa'), await find('Xã Hoằng Cát')];
  await call(admin, 'POST', '/api/users', {
    username: 'canbo.hoangcat',
    displayName: 'Cán bộ văn hóa xã Hoằng Cát',
    password: 'xaso-demo-2026',
    roles: [{ role: 'commune_officer', orgUnitId: commune }],
  });
  const province = await loginHeaders(url, 'so.cds');
  const cycle = await call<{ id: string }>(province, 'POST', '/api/cycles', {
    year: 2024,
    scopeId: district,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [commune],
    exclusions: [],
  });
  const officer = await loginHeaders(url, 'canbo.hoangcat');
  const ws = await call<{ assessment: { id: string }; items: Item[] }>(
    officer,
    'GET',
    `/api/cycles/${cycle.id}/communes/${commune}/workspace`,
  );
  const assessmentId = ws.assessment.id;
  for (const item of ws.items) {
    const input = item.kind === 'criterion' ? criterionInput(item) : indicatorInput(item);
    await call(officer, 'PUT', `/api/assessments/${assessmentId}/items/${item.kind}/${item.code}`, {
      ...input,
      expectedVersion: 0,
    });
  }
  // One cited document, as seed 003 cites the decision setting up the steering committee for 1.1.
  const form = new FormData();
  form.set('docNumber', '2137/QĐ-UBND');
  form.set('docDate', '2024-05-23');
  form.set('issuer', 'UBND xã Hoằng Cát');
  form.set('summary', 'Thành lập Ban Chỉ đạo chuyển đổi số xã');
  form.set('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'qd-2137.pdf');
  const { 'content-type': _, ...multipartHeaders } = officer;
  const uploaded = await fetch(`${url}/api/communes/${commune}/evidence`, {
    method: 'POST',
    headers: multipartHeaders,
    body: form,
  });
  const evidence = (await uploaded.json()) as { evidence?: { id: string }; id?: string };
  const evidenceId = evidence.evidence?.id ?? evidence.id!;
  await call(officer, 'POST', `/api/assessments/${assessmentId}/items/indicator/1.1/evidence`, {
    evidenceId,
  });
  const { defaults } = await call<{ defaults: Record<string, unknown> & { letterhead: object } }>(
    officer,
    'GET',
    `/api/assessments/${assessmentId}/documents`,
  );
  const options = {
    ...defaults,
    letterhead: {
      ...defaults.letterhead,
      date: '2024-09-25',
      signature: { mode: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    },
  };
  return { call, officer, assessmentId, options };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startBenchServer({ port: 3952 });
try {
  const { call, officer, assessmentId, options } = await setUp(server.url);
  if (outDir) mkdirSync(outDir, { recursive: true });
  for (const kind of ['commune_report', 'index_report'] as const) {
    for (const format of ['docx', 'xlsx', 'pdf'] as const) {
      const durations: number[] = [];
      const walls: number[] = [];
      let last: Job | null = null;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        let job = await call<Job>(officer, 'POST', `/api/assessments/${assessmentId}/documents`, {
          ...options,
          kind,
          format,
        });
        while (job.status === 'queued' || job.status === 'running') {
          await new Promise((r) => setTimeout(r, 20));
          job = await call<Job>(officer, 'GET', `/api/documents/${job.id}`);
        }
        if (job.status !== 'done') throw new Error(`${kind} ${format}: ${job.error}`);
        walls.push(performance.now() - started);
        durations.push(job.durationMs!);
        last = job;
      }
      console.log(
        `${kind} ${format}: job median ${median(durations)} ms (max ${Math.max(...durations)}), ` +
          `request to done median ${median(walls).toFixed(0)} ms over ${RUNS} runs`,
      );
      if (outDir && last) {
        const res = await fetch(`${server.url}/api/documents/${last.id}/file`, { headers: officer });
        writeFileSync(path.join(outDir, `${kind}.${format}`), Buffer.from(await res.arrayBuffer()));
      }
    }
  }
} finally {
  await server.stop();
}
