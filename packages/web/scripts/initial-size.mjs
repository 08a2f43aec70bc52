// Prints what a first visit downloads before the app can show the login page: index.html and the JavaScript
// it loads (the entry script and every chunk the entry imports statically; Vite lists them as modulepreloads).
// Other pages' chunks are lazy and excluded. Sizes are the brotli copies the server sends (precompress.mjs);
// gzip (level 9) is shown too, for a proxy or browser without brotli. Fails above the budget.
// Run after `vite build` and precompress.mjs; takes another build folder as its argument.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Budget for the first page's JavaScript, brotli as served (was 300 KB gzipped before pre-compression). */
const BUDGET_KB = 190;

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

// Follow static imports too, so a chunk the entry needs but Vite did not list would still be counted.
const files = new Set();
const visit = (file) => {
  if (files.has(file)) return;
  files.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?"\.\/([^"]+\.js)"/g,
  )) {
    visit(path.posix.join(path.posix.dirname(file), m[1]));
  }
};
for (const m of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)) visit(m[1]);

/** The bytes sent for a file: its .br copy when the build wrote one (the server sends it to browsers). */
function sizes(file) {
  const full = path.join(dist, file);
  const data = readFileSync(full);
  const br = existsSync(`${full}.br`) ? readFileSync(`${full}.br`).length : brotliCompressSync(data).length;
  return { br, gz: gzipSync(data, { level: 9 }).length };
}

let br = 0;
let gz = 0;
for (const file of files) {
  const s = sizes(file);
  br += s.br;
  gz += s.gz;
}
const page = sizes('index.html');
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `first page: index.html ${kb(page.br)} KB + JavaScript ${files.size} files ${kb(br)} KB brotli ` +
    `(${kb(gz)} KB gzip); budget ${BUDGET_KB} KB brotli`,
);
if (br / 1024 > BUDGET_KB) process.exit(1);
