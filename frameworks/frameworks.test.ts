import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkJsonSchema } from '../packages/domain/src/framework/json-schema.ts';
import { FRAMEWORKS_DIR, frameworkFiles, loadFramework } from './load.ts';

describe('framework files', () => {
  it('the committed JSON Schema equals the one generated from the zod schema', () => {
    const committed = JSON.parse(readFileSync(path.join(FRAMEWORKS_DIR, 'framework.schema.json'), 'utf8'));
    // If this fails: node --import tsx frameworks/generate-schema.ts && npx biome format --write frameworks/framework.schema.json
    expect(committed).toEqual(frameworkJsonSchema());
  });

  it('ships the four Thanh Hóa frameworks', () => {
    expect(frameworkFiles()).toEqual([
      'thanh-hoa/commune-criteria-2022.yaml',
      'thanh-hoa/district-criteria-2022.yaml',
      'thanh-hoa/qd-1829-2023.yaml',
      'thanh-hoa/qd-3853-2022-commune.yaml',
    ]);
  });

  it.each(frameworkFiles())('%s parses and validates, and its id is its file name', (file) => {
    const result = loadFramework(file);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.framework.id).toBe(path.basename(file, '.yaml'));
  });

  it.each([
    ['thanh-hoa/qd-1829-2023.yaml', { '1': 11, '2': 6, '3': 12, '4': 8 }],
    ['thanh-hoa/commune-criteria-2022.yaml', { '1': 11, '2': 6, '3': 5, '4': 8 }],
    ['thanh-hoa/district-criteria-2022.yaml', { '1': 1, '2': 7, '3': 3, '4': 3 }],
  ])('%s has the item count per group of its source', (file, counts) => {
    const result = loadFramework(file);
    if (!result.ok) throw new Error(file);
    expect(Object.fromEntries(result.framework.groups.map((g) => [g.code, g.items.length]))).toEqual(counts);
  });

  it('the index records a maximum only where the seed proves it', () => {
    const result = loadFramework('thanh-hoa/qd-3853-2022-commune.yaml');
    if (!result.ok) throw new Error('invalid');
    for (const item of result.framework.groups.flatMap((g) => g.items)) {
      expect(item.provenance.status, item.code).not.toBe('confirmed');
      expect(item.maxPoints === null, item.code).toBe(item.provenance.status === 'unknown');
      expect(item.provenance.note, item.code).toBeTruthy();
    }
  });
});
