import type { FrameworkImportResponse } from '@xaso/domain/contracts/frameworks';
import type { Actor, Ctx } from '../../../context.ts';
import { parseFrameworkUpload } from '../parse/parse-in-worker.ts';
import { frameworkPolicy } from '../policy.ts';
import { saveFrameworkVersion } from '../store.ts';

/**
 * Validates an uploaded framework file (YAML or the Excel template) and, unless `dryRun`, stores it as a new
 * version. A file with any error imports nothing and answers every error found; a file too big or too complex
 * to read safely (zip bomb, YAML with too many keys or aliases, out of memory in the parse worker) is refused with
 * an `AppError`.
 */
export async function importFramework(
  ctx: Ctx,
  options: { actor: Actor | null; bytes: Buffer; fileName: string; dryRun: boolean },
): Promise<FrameworkImportResponse> {
  if (options.actor) frameworkPolicy.assertCanManage(options.actor);
  const parsed = await parseFrameworkUpload(options.bytes, options.fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, framework: null, version: null, created: false };
  const f = parsed.framework;
  const summary = {
    id: f.id,
    title: f.title,
    kind: f.kind,
    itemCount: f.groups.reduce((n, g) => n + g.items.length, 0),
  };
  if (options.dryRun) return { ok: true, errors: [], framework: summary, version: null, created: false };
  const saved = await saveFrameworkVersion(ctx, {
    framework: f,
    sourceName: options.fileName,
    actorUserId: options.actor?.id ?? null,
  });
  return { ok: true, errors: [], framework: summary, ...saved };
}
