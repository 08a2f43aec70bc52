import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

export type LintProblem = { ruleId: string; severity: string; message: string; location?: unknown };

/**
 * Runs the Redocly CLI that `npm run lint:api` runs, with the repository's redocly.yaml, on a document written
 * to `file`. Its JSON report lists every problem, warnings included.
 */
export async function lintWithRedocly(
  document: unknown,
  file: string,
): Promise<{ exitCode: number; problems: LintProblem[] }> {
  writeFileSync(file, JSON.stringify(document));
  const cli = path.join(REPO_ROOT, 'node_modules/@redocly/cli/bin/cli.js');
  const args = ['lint', '--lint-config', 'error', '--format', 'json', '--config', 'redocly.yaml', file];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => {
        const exitCode = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        try {
          const report = JSON.parse(stdout) as { problems: LintProblem[] };
          resolve({ exitCode, problems: report.problems });
        } catch {
          reject(new Error(`redocly wrote no JSON report (exit ${exitCode}): ${err?.message ?? stdout}`));
        }
      },
    );
  });
}

/** Generates the TypeScript types of the document (openapi-typescript, as an integrator would) into `file`. */
export async function generateTypes(document: unknown, file: string): Promise<void> {
  const ast = await openapiTS(document as OpenAPI3);
  writeFileSync(file, astToString(ast));
}

/** Type errors of `file` (and what it imports), as `tsc --strict --noEmit` would print them. */
export function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    // The generated types and openapi-fetch's are what is under test; the libraries' own .d.ts need no check.
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

/** The client as JavaScript Node can import (type-only imports dropped). */
export function transpile(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    },
  }).outputText;
}
