import { z } from 'zod';
import { frameworkShapeSchema } from './schema.ts';

/** Where the published schema lives, so editors can point `# yaml-language-server: $schema=` at it. */
export const FRAMEWORK_SCHEMA_ID = 'https://xaso.vn/schemas/framework.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a framework file, generated from the zod schema so the two never drift.
 * It describes the shape only; cross-field rules (unique codes, years) are checked by `validateFramework`.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frameworkShapeSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, $id: FRAMEWORK_SCHEMA_ID, title: 'Bộ tiêu chí / bộ chỉ số chuyển đổi số (Xã Số)' };
}
