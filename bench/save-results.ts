/**
 * Saving criterion results under load: 50 concurrent clients (autocannon) saving the items of one commune's
 * workspace round-robin, each save with the version its item was last saved at. Reports median and p99 latency on the embedded database and on PostgreSQL.
 * Each run first loads the server for 3 s unmeasured (warm-up). Target: p99 under 100 ms on PostgreSQL at 50
 * clients. Usage: npm run bench:save [-- seconds]; XASO_BENCH_DB=postgres or pglite runs one database.
 */
import autocannon from 'autocannon';
import { loginHeaders, startBenchServer } from './support/server.ts';

const seconds = Number(process.argv[2] ?? 15);
const connections = Number(process.env.XASO_BENCH_CONNECTIONS ?? 50);
const warmUpSeconds = 3;
const pgAdmin = process.env.XASO_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function prepare(url: string) {
  const office = await loginHeaders(url, 'vhtt.thuongxuan');
  const api = async (path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown> & { items: Array<{ id: string; name: string }> }>;
  };
  const district = (await api(`/api/org-units?q=${encodeURIComponent('Huyện Thường Xuân')}`, office))
    .items[0]!;
  const communes = (await api(`/api/org-units?parentId=${district.id}`, office)).items;
  const batMot = communes.find((c) => c.name === 'Xã Bát Mọt')!;
  const cycle = await api('/api/cycles', office, {
    year: 2025,
    scopeId: district.id,
    criteriaFrameworkId: 'qd-1829-2023',
    indexFrameworkId: 'qd-3853-2022-commune',
    deadlines: { selfAssessment: '2099-12-31', confirmation: '2099-12-31', dossier: '2099-12-31' },
    communeIds: [batMot.id],
    exclusions: [],
  });
  const officer = await loginHeaders(url, 'canbo.batmot');
  const ws = (await api(`/api/cycles/${cycle.id}/communes/${batMot.id}/workspace`, officer)) as unknown as {
    assessment: { id: string };
    items: Array<{ kind: string; code: string; measure: { kind: string; levels?: string[] } }>;
  };
  return { officer, assessmentId: ws.assessment.id, items: ws.items };
}

/** A valid result for the item's measure. */
function bodyFor(item: { measure: { kind: string; levels?: string[] } }): Record<string, unknown> {
  switch (item.measure.kind) {
    case 'ratio':
      return { numerator: 60 + Math.floor(Math.random() * 40), denominator: 100 };
    case 'yes_no':
      return { value: true };
    case 'count':
      return { value: 3 };
    case 'level':
      return { value: item.measure.levels!.at(-1) };
    default:
      return { value: 'Đã thực hiện' };
  }
}

async function run(label: string, postgresAdminUrl?: string) {
  const server = await startBenchServer({ port: 3950, postgresAdminUrl });
  try {
    const { officer, assessmentId, items } = await prepare(server.url);
    // autocannon resets a connection's context after each request, so the state lives here: requests take
    // the items round-robin (93 items for 50 clients), each with the version its item was last saved at.
    // A save can still meet another in flight on the same item: those answer 409 and are counted as non-2xx.
    let next = 0;
    const versions = new Map<string, number>();
    const load = (duration: number) =>
      autocannon({
        url: server.url,
        connections,
        duration,
        requests: [
          {
            method: 'PUT',
            headers: officer,
            setupRequest: (req, context) => {
              const item = items[next++ % items.length]!;
              const key = `${item.kind}/${item.code}`;
              const version = versions.get(key) ?? 0;
              (context as { key?: string }).key = key;
              req.path = `/api/assessments/${assessmentId}/items/${key}`;
              req.body = JSON.stringify({
                ...bodyFor(item),
                notes: `Lần lưu ${version + 1}`,
                expectedVersion: version,
              });
              return req;
            },
            onResponse: (status, body, context) => {
              if (status === 200) {
                const { item } = JSON.parse(body) as {
                  item: { kind: string; code: string; result: { version: number } };
                };
                versions.set(`${item.kind}/${item.code}`, item.result.version);
              } else if (status === 409) {
                // As the app does: take the other save's version and go on from it. (Saves cut off when the
                // warm-up ends landed without their answer being read.)
                const { current } = JSON.parse(body) as { current: { version: number } };
                versions.set((context as { key: string }).key, current.version);
              }
            },
          },
        ],
      });
    // Not measured: the first seconds of a fresh process (JIT compilation, opening pool connections).
    await load(warmUpSeconds);
    const result = await load(seconds);
    const non2xx = `${result.non2xx} ${JSON.stringify(result.statusCodeStats)}`;
    console.log(
      `${label}: ${result.requests.total} saves in ${seconds} s (${result.requests.average.toFixed(0)}/s), ` +
        `latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, non-2xx ${non2xx}`,
    );
  } finally {
    await server.stop();
  }
}

// XASO_BENCH_DB=postgres (or pglite) runs one database only.
const only = process.env.XASO_BENCH_DB;
if (only !== 'postgres') await run('embedded (PGlite)');
if (only !== 'pglite') await run('PostgreSQL 15', pgAdmin);
