import { evaluateFramework } from '@xaso/domain/scoring/evaluate-framework';
import { outcomeEligibility } from '@xaso/domain/scoring/outcome-eligibility';
import type { ResultsInput } from '@xaso/domain/scoring/results-input';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../http/app-error.ts';
import { loadFrameworkDetail } from '../load-versions.ts';

/** Evaluates results against a stored framework version: verdicts, points with working, totals, eligibility. */
export async function evaluateResults(
  db: Db,
  options: {
    frameworkId: string;
    version?: number | undefined;
    year: number;
    results: ResultsInput;
    threshold?: number | undefined;
  },
) {
  const detail = await loadFrameworkDetail(db, options.frameworkId, options.version);
  if (!detail.framework.years.includes(options.year)) {
    throw AppError.validation({
      year: `Bộ "${detail.framework.title}" áp dụng cho các năm ${detail.framework.years.join(', ')}, không có năm ${options.year}.`,
    });
  }
  const outcome = evaluateFramework(detail.framework, options.year, options.results);
  return {
    ...outcome,
    version: detail.version.version,
    eligibility: outcomeEligibility(outcome, options.threshold),
  };
}
