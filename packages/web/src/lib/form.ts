import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { type ApiError, isApiError } from './api-client.ts';

/** An antd form rule that validates with a schema from the shared contracts, so client and server agree. */
export function zodRule(schema: z.ZodType): Rule {
  return lazyZodRule(async () => schema);
}

/**
 * zodRule with the schema loaded on first use (`() => import(...)`): the first page shows without the
 * contracts and zod, which arrive while the user types. antd runs the rule asynchronously either way.
 */
export function lazyZodRule(load: () => Promise<z.ZodType>): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = (await load()).safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}

/** Puts the server's field messages ("roles.0.orgUnitId") next to the form fields. Returns whether any matched. */
export function applyFieldErrors(form: FormInstance, error: unknown): error is ApiError {
  if (!isApiError(error) || Object.keys(error.fields).length === 0) return false;
  form.setFields(
    Object.entries(error.fields).map(([path, message]) => ({
      name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [message],
    })),
  );
  return true;
}
