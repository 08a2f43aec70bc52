// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each compressible file of dist, once,
// at build time. The server sends the copy the browser accepts (@fastify/static preCompressed), so a phone on a
// weak network downloads about a quarter of the bytes and the server spends no CPU compressing per request.
// A copy that would not be smaller (a tiny or already compressed file) is not written. Run after `vite build`.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats (and the icon) worth compressing; images and fonts in their own compressed formats are not. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.ico',
  '.txt',
  '.xml',
  '.map',
  '.webmanifest',
]);

// The build's output folder; another can be given (a build made with `vite build --outDir`).
const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.has(path.extname(entry.name).toLowerCase())) yield full;
  }
}

async function compress(file) {
  const data = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const written = { plain: data.length, br: 0, gz: 0 };
  if (br.length < data.length) {
    await writeFile(`${file}.br`, br);
    written.br = br.length;
  }
  if (gz.length < data.length) {
    await writeFile(`${file}.gz`, gz);
    written.gz = gz.length;
  }
  return written;
}

if (!(await stat(path.join(dist, 'index.html')).catch(() => null))) {
  console.error(`precompress: ${dist}/index.html is missing; run vite build first`);
  process.exit(1);
}
const jobs = [];
for await (const file of files(dist)) jobs.push(compress(file));
const results = await Promise.all(jobs);
const sum = (key) => results.reduce((total, r) => total + (r[key] || r.plain), 0) / 1024;
console.log(
  `precompressed ${results.length} files: ${sum('plain').toFixed(0)} KB plain, ` +
    `${sum('br').toFixed(0)} KB brotli, ${sum('gz').toFixed(0)} KB gzip`,
);
