// Prints the gzipped size of the JavaScript a first visit downloads: the entry script and its modulepreloads
// (page chunks are lazy and excluded). Budget: 300 KB. Run after `vite build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.join(import.meta.dirname, '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of files) total += gzipSync(readFileSync(path.join(dist, file))).length;
const kb = total / 1024;
console.log(`initial JS: ${files.length} files, ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) process.exit(1);
