import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/**
 * Requests built from the app's own OpenAPI document, for the input fuzz suite: every route's path, query and
 * JSON body fields become "slots"; a request starts from a minimal valid-looking baseline and one slot takes a
 * hostile value. Because the routes come from the document, a new route is fuzzed without editing the test.
 */

export type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  default?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
};
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

export type SlotKind =
  | 'text'
  | 'date'
  | 'uuid'
  | 'enum'
  | 'pattern'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object';

/** One input of a route that a fuzz case replaces. `path` is [] for the whole JSON body. */
export type Slot = {
  location: 'path' | 'query' | 'body';
  path: Array<string | number>;
  kind: SlotKind;
  /** The schemas from the body's root down to this slot, to build missing parents. */
  chain: JsonSchema[];
};

export type Route = {
  method: string;
  /** OpenAPI form, `/api/users/{id}/roles`. */
  path: string;
  params: Parameter[];
  body: JsonSchema | null;
  multipart: boolean;
  slots: Slot[];
};

/** Values that let a request get past lookups to where it writes: real ids of the fixture, by name. */
export type KnownValues = {
  /**
   * `{id}` after a collection segment (`users/{id}`, …) and named params or fields (`communeId`, `code`, …).
   * A function gives a new value per request (a user name that must not be taken yet).
   */
  byName: Record<string, unknown>;
};

function variants(schema: JsonSchema): JsonSchema[] {
  const list = schema.anyOf ?? schema.oneOf;
  return list ? list.filter((s) => s.type !== 'null') : [schema];
}

export function kindOf(schema: JsonSchema): SlotKind {
  const options = variants(schema);
  if (options.length > 1) return options.some((s) => s.type === 'string') ? 'text' : kindOf(options[0]!);
  const s = options[0]!;
  if (s.type === 'string') {
    if (s.enum) return 'enum';
    if (s.format === 'uuid') return 'uuid';
    if (s.format === 'date') return 'date';
    if (s.pattern) return 'pattern';
    return 'text';
  }
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') return 'array';
  return 'object';
}

/** A plausible value for a schema: a known value by name first, else the simplest value the schema admits. */
export function baseline(schema: JsonSchema, name: string, known: KnownValues): unknown {
  if (name in known.byName) {
    const value = known.byName[name];
    return typeof value === 'function' ? value() : value;
  }
  const s = variants(schema)[0]!;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-03-15';
      return 'Văn bản thử nghiệm';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return s.items ? [baseline(s.items, singular(name), known)] : [];
    default: {
      // Only required properties: an optional one left out keeps its default, so the baseline stays valid.
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key];
        if (prop) out[key] = baseline(prop, key, known);
      }
      return out;
    }
  }
}

/** `communeIds` → `communeId`, so an array of ids takes a known id. */
function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

function bodySlots(schema: JsonSchema, path: Array<string | number>, chain: JsonSchema[]): Slot[] {
  const here: Slot = { location: 'body', path, kind: kindOf(schema), chain: [...chain, schema] };
  const s = variants(schema)[0]!;
  const below: Slot[] = [];
  if (s.type === 'object' && s.properties) {
    for (const [key, prop] of Object.entries(s.properties))
      below.push(...bodySlots(prop, [...path, key], here.chain));
  }
  if (s.type === 'array' && s.items) below.push(...bodySlots(s.items, [...path, 0], here.chain));
  return [here, ...below];
}

/** Every operation of the document, with its slots. */
export function routesOf(doc: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
      const content = op.requestBody?.content ?? {};
      const body = content['application/json']?.schema ?? null;
      const multipart = 'multipart/form-data' in content;
      const slots: Slot[] = params.map((p) => ({
        location: p.in as 'path' | 'query',
        path: [p.name],
        kind: kindOf(p.schema),
        chain: [p.schema],
      }));
      if (body) slots.push(...bodySlots(body, [], []));
      routes.push({ method: method.toUpperCase(), path, params, body, multipart, slots });
    }
  }
  return routes;
}

/** The known value of a path param: `{id}` takes the name of the segment before it (`users` → `users`). */
function pathParamName(route: Route, name: string): string {
  if (name !== 'id') return name;
  const segments = route.path.split('/');
  const at = segments.indexOf('{id}');
  return `${segments[at - 1]}/{id}`;
}

export type FuzzRequest = { method: string; url: string; payload?: unknown; slot: string };

/**
 * The baseline request of a route with one slot replaced. Path and query values are raw, already
 * percent-encoded text (so a lone surrogate can be sent as the bytes a broken client would send).
 */
export function buildRequest(
  route: Route,
  known: KnownValues,
  slot: Slot | null,
  hostile: unknown,
): FuzzRequest {
  const encode = (v: unknown) => encodeURIComponent(String(v));
  const isSlot = (location: Slot['location'], name: string) =>
    slot !== null && slot.location === location && slot.path[0] === name;
  let url = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    isSlot('path', name)
      ? String(hostile)
      : encode(
          baseline(route.params.find((p) => p.name === name)!.schema, pathParamName(route, name), known),
        ),
  );
  const query: string[] = [];
  for (const p of route.params.filter((q) => q.in === 'query')) {
    // `{name}` in a hostile value stands for the parameter's own name: `a&{name}=b` repeats it.
    if (isSlot('query', p.name)) query.push(`${p.name}=${String(hostile).replaceAll('{name}', p.name)}`);
    else if (p.required) query.push(`${p.name}=${encode(baseline(p.schema, p.name, known))}`);
  }
  if (query.length) url += `?${query.join('&')}`;
  let payload: unknown;
  if (route.body) {
    const base = baseline(route.body, '', known);
    payload = slot?.location === 'body' ? setAt(base, slot, hostile, known) : base;
  }
  const slotName = slot ? `${slot.location}:${slot.path.join('.') || '(body)'}` : '(baseline)';
  return { method: route.method, url, payload, slot: slotName };
}

/** Puts `value` at the slot's path, creating missing parents from their baselines. */
function setAt(root: unknown, slot: Slot, value: unknown, known: KnownValues): unknown {
  if (slot.path.length === 0) return value;
  const top = structuredClone(root) as Record<string | number, unknown>;
  let node = top;
  slot.path.forEach((key, i) => {
    if (i === slot.path.length - 1) {
      node[key] = value;
      return;
    }
    if (node[key] === null || typeof node[key] !== 'object') {
      node[key] = baseline(slot.chain[i + 1]!, String(key), known);
      if (Array.isArray(node[key]) && (node[key] as unknown[]).length === 0) {
        (node[key] as unknown[]).push(baseline(slot.chain[i + 2]!, String(slot.path[i + 1]), known));
      }
    }
    node = node[key] as Record<string | number, unknown>;
  });
  return top;
}

// ---- hostile values ------------------------------------------------------------------------------------

const HOSTILE_CHARS = ['\u0000', '\ud800', '\udfff', '\u0007', '\u001b', '\u007f', '\ufeff', '\u202e'];

const textAround = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 20 }), inner, fc.string({ maxLength: 20 })).map((p) => p.join(''));

/** Values of the wrong JSON type, for any slot. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const hostileText = fc.oneof(
  textAround(fc.constantFrom(...HOSTILE_CHARS)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1000, max: 120_000 }).map((n) => 'Đ'.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.normalize('NFD')),
);

const hostileDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  textAround(fc.constantFrom('2025-01-01', '0000-01-01')),
);

const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, -0, 0.5),
  fc.constantFrom('NaN', 'Infinity', '-1', '1e309', '12abc', '0x10', ''),
);

/** Fixed cases every slot of a kind runs first (fast-check `examples`), so the known classes are always tried. */
export const EXAMPLES: Record<SlotKind, unknown[]> = {
  text: [
    'Ghi chú \u0000 có ký tự NUL',
    'Lỗi \ud800 ký tự',
    'chuông \u0007 và \u001b[31m',
    'x'.repeat(100_000),
    'Thường Xuân'.normalize('NFD'),
    42,
    { a: 'b' },
  ],
  date: [
    '0000-01-01',
    '10000-01-01',
    '2025-02-30',
    '2100-13-01',
    '1899-12-31',
    '2101-01-01',
    '2026-03-15\u0000',
    20260315,
  ],
  uuid: ['not-a-uuid', '00000000-0000-0000-0000-000000000000', `${randomUUID()}\u0000`, randomUUID(), 1],
  enum: ['\u0000', 'KHÔNG_CÓ', '', 0],
  pattern: ['\u0000', '../../etc/passwd', 'x'.repeat(5000), '1.1\u0000', 1],
  number: ['NaN', '1e309', 1e308, -1, Number.MAX_SAFE_INTEGER + 2, 0.5, '1\u0000'],
  boolean: ['true', 1, null, '\u0000'],
  array: [[null], ['\u0000'], Array.from({ length: 3000 }, () => 'x'), { 0: 'a' }, 'không phải mảng'],
  object: [null, [], 'chuỗi', 7, { '\u0000': '\u0000' }, nested(3000)],
};

function nested(depth: number): unknown {
  let v: unknown = 'đáy';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

export function hostileFor(kind: SlotKind): fc.Arbitrary<unknown> {
  const own: Record<SlotKind, fc.Arbitrary<unknown>> = {
    text: hostileText,
    date: hostileDate,
    uuid: fc.oneof(fc.uuid(), textAround(fc.uuid()), hostileText),
    enum: hostileText,
    pattern: hostileText,
    number: hostileNumber,
    boolean: fc.oneof(hostileText, hostileNumber),
    array: fc.array(fc.oneof(hostileText, wrongType), { maxLength: 5 }),
    object: fc.oneof(
      fc.dictionary(hostileText, fc.oneof(hostileText, wrongType), { maxKeys: 3 }),
      fc.constant(nested(200)),
    ),
  };
  return fc.oneof({ weight: 3, arbitrary: own[kind] }, { weight: 1, arbitrary: wrongType });
}

/**
 * Path and query values travel as URL text: hostile values become percent-encoded text, plus raw forms no
 * encoder produces (a lone surrogate's CESU-8 bytes, a bad escape, a repeated parameter).
 */
export const URL_EXAMPLES = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%zz',
  'x'.repeat(100_000),
  'NaN',
  '-1',
  '1e309',
  '0000-01-01',
  '2025-02-30',
  '10000-01-01',
  'a&{name}=b',
  'a&{name}[k]=v',
];

export function hostileUrlValue(kind: SlotKind): fc.Arbitrary<string> {
  return hostileFor(kind).map((v) => {
    const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    // encodeURIComponent throws on a lone surrogate: send its CESU-8 bytes, as a broken client would.
    return text.replace(/[\s\S]/g, (ch) => {
      const unit = ch.charCodeAt(0);
      if (unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(ch);
      const byte = (b: number) => `%${b.toString(16).toUpperCase()}`;
      return byte(0xed) + byte(0x80 | ((unit >> 6) & 0x3f)) + byte(0x80 | (unit & 0x3f));
    });
  });
}

/** Text for a multipart field or file name: the hostile text above, or header-breaking characters. */
export const hostileFormText = fc.oneof(
  hostileText,
  textAround(fc.constantFrom('"', '\r\n', '\r\n\r\n', '--', ';', '%00', '../')),
  fc.constantFrom('0000-01-01', '2025-02-30', '10000-01-01'),
);
