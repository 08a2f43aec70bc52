/** Test helper: reads and validates the committed framework files (tests may do I/O; the domain may not). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type FrameworkValidation, validateFramework } from '../packages/domain/src/framework/validate.ts';

export const FRAMEWORKS_DIR = path.dirname(new URL(import.meta.url).pathname);

export function frameworkFiles(): string[] {
  return readdirSync(FRAMEWORKS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
}

export function loadFramework(file: string): FrameworkValidation {
  return validateFramework(parse(readFileSync(path.join(FRAMEWORKS_DIR, file), 'utf8')));
}
