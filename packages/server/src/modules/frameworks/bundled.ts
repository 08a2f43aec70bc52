import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../../context.ts';
import { parseFrameworkYaml } from './parse/parse-yaml.ts';
import { saveFrameworkVersion } from './store.ts';

export const BUNDLED_FRAMEWORKS_DIR = path.resolve(import.meta.dirname, '../../../../../frameworks');

/**
 * The frameworks shipped in `frameworks/` are loaded into every database (production included: they are legal
 * decisions, not demo data). Identical content is skipped, so this costs one hash per file at each start; a
 * changed shipped file becomes a new version.
 */
export async function ensureBundledFrameworks(ctx: Ctx, dir = BUNDLED_FRAMEWORKS_DIR): Promise<void> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const file of files) {
    const parsed = parseFrameworkYaml(readFileSync(path.join(dir, file), 'utf8'), file);
    if (!parsed.ok) {
      ctx.log.error({ file, errors: parsed.errors }, 'bundled framework is invalid; skipped');
      continue;
    }
    await saveFrameworkVersion(ctx, {
      framework: parsed.framework,
      sourceName: `frameworks/${file}`,
      actorUserId: null,
    });
  }
}
