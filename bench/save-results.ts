/**
 * Saving criterion results under load: 50 concurrent clients (autocannon), each owning one item of one
 * commune's workspace and saving it again and again with the version it last got back (so no save is a
 * conflict). Reports median and p99 latency on the embedded database and on PostgreSQL.
 * Target: p99 under 100 ms on PostgreSQL at 50 clients. Usage: npm run bench:save [-- seconds]
 */
import autocannon from 'autocannon';
import { loginHeaders, startBenchServer } from './support/server.ts';

const seconds = Number(process.argv[2] ?? 15);
const connections = Number(process.env.XASO_BENCH_CONNECTIONS ?? 50);
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
  // One item per connection, so that no save conflicts with another client's.
  const items = ws.items.slice(0, connections);
  if (items.length < connections) throw new Error(`only ${items.length} items for ${connections} clients`);
  return { officer, assessmentId: ws.assessment.id, items };
}

/** What each connection remembers: the item it owns and the version it last saved. */
type Slot = { code?: string; body?: Record<string, unknown>; version: number };

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
    let next = 0;
    const result = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'PUT',
          headers: officer,
          setupRequest: (req, raw) => {
            const context = raw as Slot;
            if (context.code === undefined) {
              const item = items[next++]!;
              context.code = `${item.kind}/${item.code}`;
              context.body = bodyFor(item);
              context.version = 0;
            }
            req.path = `/api/assessments/${assessmentId}/items/${context.code}`;
            req.body = JSON.stringify({
              ...context.body,
              notes: `Lần lưu ${context.version + 1}`,
              expectedVersion: context.version,
            });
            return req;
          },
          onResponse: (status, body, raw) => {
            const context = raw as Slot;
            if (status === 200)
              context.version = (
                JSON.parse(body) as { item: { result: { version: number } } }
              ).item.result.version;
          },
        },
      ],
    });
    const non2xx = result.non2xx;
    console.log(
      `${label}: ${result.requests.total} saves in ${seconds} s (${result.requests.average.toFixed(0)}/s), ` +
        `latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, non-2xx ${non2xx}`,
    );
  } finally {
    await server.stop();
  }
}

await run('embedded (PGlite)');
await run('PostgreSQL 15', pgAdmin);
