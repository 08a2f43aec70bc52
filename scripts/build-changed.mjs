// `npm run build`: builds each workspace (the web app, then the server bundle) unless its inputs are byte for
// byte those of its last successful build, so that `npm start` on an unchanged checkout goes straight to the
// server. Each build is the workspace's own `npm run build -w …`, run whole; this script only decides whether
// to run it. `npm run build -- --force` builds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * What each build reads. Directories are walked whole, minus node_modules, build output and test files (no
 * build imports a test). The lockfile stands for the installed packages; the workspace's package.json holds
 * its build command.
 */
const TARGETS = [
  {
    workspace: '@xaso/web',
    output: 'packages/web/dist/index.html',
    inputs: ['packages/web', 'packages/domain/src', 'packages/domain/package.json'],
  },
  {
    workspace: '@xaso/server',
    output: 'packages/server/dist/main.js',
    inputs: [
      'packages/server/src',
      'packages/server/build.mjs',
      'packages/server/package.json',
      'packages/server/tsconfig.json',
      'packages/domain/src',
      'packages/domain/package.json',
    ],
  },
];
const SHARED_INPUTS = ['package-lock.json', 'tsconfig.base.json'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);
const isTest = (name) => /\.test\.tsx?$/.test(name);

/** Stamps live outside the output, so that a served directory never holds one; `npm ci` clears them. */
const stampDir = path.join(root, 'node_modules/.cache/xaso-build');

function listFiles(relative) {
  const full = path.join(root, relative);
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(child);
    return entry.isFile() && !isTest(entry.name) ? [child] : [];
  });
}

function isDirectory(relative) {
  try {
    readdirSync(path.join(root, relative));
    return true;
  } catch {
    return false;
  }
}

/** A hash over the inputs' paths and contents: a file added, removed, renamed or edited changes it. */
function inputsHash(target) {
  const files = [...target.inputs, ...SHARED_INPUTS]
    .flatMap((input) => (isDirectory(input) ? listFiles(input) : [input]))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
mkdirSync(stampDir, { recursive: true });
for (const target of TARGETS) {
  const stamp = path.join(stampDir, `${target.workspace.replace('/', '+')}.sha256`);
  const hash = inputsHash(target);
  const built = existsSync(path.join(root, target.output));
  if (!force && built && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    console.log(
      `${target.workspace}: inputs unchanged since its last build, not rebuilt (npm run build -- --force)`,
    );
    continue;
  }
  // A build that fails or is stopped halfway leaves no stamp, so the next run builds again.
  rmSync(stamp, { force: true });
  const run = spawnSync('npm', ['run', 'build', '-w', target.workspace], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, hash);
}
