import { readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const SECTION = '## Triển khai (Deploying)';

/** How the deploy test treats a block: the note `<!-- deploy-test: KIND (why) -->` on the line above it. */
export type BlockKind = 'run' | 'database' | 'env' | 'systemd' | 'manual';
const KINDS = new Set<string>(['run', 'database', 'env', 'systemd', 'manual']);

export type ReadmeBlock = {
  kind: BlockKind;
  /** The note's words after the kind, e.g. why a manual block is not run. */
  note: string;
  language: string;
  /** The block's lines, without the list item's indentation. */
  lines: string[];
  /** Where it starts in README.md (1-based), for failure messages. */
  line: number;
};

/** The Deploying section of README.md, as text. */
export function deployingSection(): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start === -1) throw new Error(`README.md has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length);
  return readme.slice(start + 1, end === -1 ? undefined : end + 1);
}

/**
 * The fenced blocks of the Deploying section, in order, each with its deploy-test note. A block without a
 * note is an error: whoever adds a step decides whether the test runs it.
 */
export function deployingBlocks(): ReadmeBlock[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
  const first = readme.indexOf(SECTION);
  const blocks: ReadmeBlock[] = [];
  for (let i = first + 1; i < readme.length && !readme[i]!.startsWith('## '); i++) {
    const open = /^(\s*)```(\w+)\s*$/.exec(readme[i]!);
    if (!open) continue;
    const [, indent = '', language = ''] = open;
    const note = /^\s*<!-- deploy-test: (\w+)(?: (.*?))? -->\s*$/.exec(readme[i - 1] ?? '');
    if (!note || !KINDS.has(note[1]!))
      throw new Error(
        `README.md line ${i + 1}: the \`\`\`${language} block of "${SECTION}" needs a note on the line above it, ` +
          `<!-- deploy-test: ${[...KINDS].join('|')} -->`,
      );
    const lines: string[] = [];
    let j = i + 1;
    for (; j < readme.length && readme[j]!.trim() !== '```'; j++) lines.push(readme[j]!.slice(indent.length));
    blocks.push({ kind: note[1] as BlockKind, note: note[2] ?? '', language, lines, line: i + 1 });
    i = j;
  }
  return blocks;
}
