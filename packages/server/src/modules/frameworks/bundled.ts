import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { like } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { frameworkVersions } from '../../db/schema.ts';
import { PATHS } from '../../paths.ts';
import { parseFrameworkYaml } from './parse/parse-yaml.ts';
import { saveFrameworkVersion } from './store.ts';

export const BUNDLED_FRAMEWORKS_DIR = PATHS.frameworks;

/**
 * The frameworks shipped in `frameworks/` are loaded into every database (production included: they are legal
 * decisions, not demo data). Identical content is skipped, so this costs one hash per file at each start; a
 * changed shipped file becomes a new version.
 */
export async function ensureBundledFrameworks(ctx: Ctx, dir = BUNDLED_FRAMEWORKS_DIR): Promise<void> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const known = await ctx.db
    .select({ sourceName: frameworkVersions.sourceName, sourceHash: frameworkVersions.sourceHash })
    .from(frameworkVersions)
    .where(like(frameworkVersions.sourceName, 'frameworks/%'));
  const seen = new Set(known.map((k) => `${k.sourceName}@${k.sourceHash}`));
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const sourceName = `frameworks/${file}`;
    const sourceHash = createHash('sha256').update(text).digest('hex');
    // Start-up stays fast: a shipped file already imported byte for byte is not parsed again.
    if (seen.has(`${sourceName}@${sourceHash}`)) continue;
    const parsed = parseFrameworkYaml(text, file);
    if (!parsed.ok) {
      ctx.log.error({ file, errors: parsed.errors }, 'bundled framework is invalid; skipped');
      continue;
    }
    // The hash is what lets the next start skip this file (it was never passed before, so every start
    // re-parsed every shipped file: ~0.25 s of each start).
    await saveFrameworkVersion(ctx, {
      framework: parsed.framework,
      sourceName,
      sourceHash,
      actorUserId: null,
    });
  }
}
