/**
 * Reads an environment file the way both of its readers agree on: systemd's `EnvironmentFile=` and bash's
 * `set -a; . FILE`. They differ on anything beyond NAME=plain-value: systemd keeps an inline `# comment` in
 * the value and expands no `$`, bash drops the comment and expands; quotes, spaces and backslashes differ
 * too. So a line is either blank, a whole-line `#` comment, or NAME=VALUE with none of those characters, and
 * anything else is refused with its line number.
 */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`line ${index + 1} is not NAME=VALUE: ${raw}`);
    const [, name = '', value = ''] = match;
    if (/[\s#$"'`\\]/.test(value))
      throw new Error(
        `line ${index + 1}: the value of ${name} holds a space, #, $, quote or backslash, which systemd and bash ` +
          `read differently (an inline comment stays in the value for systemd): ${raw}`,
      );
    values.set(name, value);
  });
  return values;
}

/** The file again, with some values replaced (the test's database, port and data directory). */
export function writeEnvFile(values: Map<string, string>): string {
  return `${[...values].map(([name, value]) => `${name}=${value}`).join('\n')}\n`;
}
