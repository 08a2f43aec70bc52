/**
 * Regenerates `framework.schema.json` from the zod schema:
 *   node --import tsx frameworks/generate-schema.ts && npx biome format --write frameworks/framework.schema.json
 * `frameworks.test.ts` fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../packages/domain/src/framework/json-schema.ts';

writeFileSync(
  new URL('./framework.schema.json', import.meta.url),
  `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`,
);
