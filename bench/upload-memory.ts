/**
 * Streams a 200 MB evidence file to the running server and samples the server process's resident memory
 * (VmRSS from /proc) while it uploads. Reports the peak growth over the idle baseline. Target: under 50 MB.
 * Usage: npm run bench:upload
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loginHeaders, startBenchServer } from './support/server.ts';

const SIZE = 200 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const server = await startBenchServer({ port: 3951, env: { MAX_UPLOAD_MB: '250' } });
try {
  const headers = await loginHeaders(server.url, 'canbo.batmot');
  const hit = (await (await fetch(`${server.url}/api/org-units?q=15607`, { headers })).json()) as {
    items: Array<{ id: string }>;
  };
  const communeId = hit.items[0]!.id;
  // Let start-up garbage settle, then take the baseline.
  await fetch(`${server.url}/api/health`);
  const baseline = rssKb(server.pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(server.pid));
  }, 20);

  const boundary = '----xasoBench';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="docNumber"\r\n\r\n01/BC-BENCH\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${server.url}/api/communes/${communeId}/evidence`,
      {
        method: 'POST',
        headers: {
          cookie: headers.cookie!,
          'x-csrf-token': headers['x-csrf-token']!,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.write(head);
    let sent = 0;
    const pump = () => {
      while (sent < SIZE) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
  clearInterval(sampler);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `upload of ${SIZE / 1024 / 1024} MB: HTTP ${status} in ${seconds} s; server RSS baseline ${(baseline / 1024).toFixed(0)} MB, ` +
      `peak ${(peak / 1024).toFixed(0)} MB, growth ${((peak - baseline) / 1024).toFixed(1)} MB`,
  );
} finally {
  await server.stop();
}
