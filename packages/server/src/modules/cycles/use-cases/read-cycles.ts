import type { Cycle } from '@xaso/domain/contracts/cycles';
import type { Actor, Ctx } from '../../../context.ts';
import { AppError } from '../../../http/app-error.ts';
import { type LoadedCycle, loadCycles } from '../load-cycles.ts';
import { cyclePolicy } from '../policy.ts';

/** The cycles the actor may see, newest year first. */
export async function listCycles(ctx: Ctx, options: { actor: Actor }): Promise<Cycle[]> {
  const all = await loadCycles(ctx.db);
  return all
    .filter((c) => cyclePolicy.canRead(options.actor, c.scopePath, c.communePaths))
    .map((c) => c.cycle)
    .sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt));
}

/** One cycle, or "not found" when it does not exist or lies outside the actor's scope. */
export async function getCycle(ctx: Ctx, options: { actor: Actor; cycleId: string }): Promise<LoadedCycle> {
  const [loaded] = await loadCycles(ctx.db, [options.cycleId]);
  if (!loaded || !cyclePolicy.canRead(options.actor, loaded.scopePath, loaded.communePaths))
    throw AppError.notFound();
  return loaded;
}
