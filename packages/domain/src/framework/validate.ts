import { frameworkErrorMap } from './messages.ts';
import { type Framework, type FrameworkItem, frameworkShapeSchema, type Target } from './schema.ts';

/** One problem in a framework file. `path` points into the parsed data so a parser can map it to a line. */
export interface FrameworkIssue {
  path: (string | number)[];
  /** Dotted path, e.g. `groups[0].items[5].targets.2026`. */
  field: string;
  /** Vietnamese; names the item code and the field when the problem is inside an item. */
  message: string;
}

export type FrameworkValidation =
  | { ok: true; framework: Framework }
  | { ok: false; issues: FrameworkIssue[] };

/**
 * Validates a parsed framework file (YAML/JSON/Excel already turned into plain data): its shape, then the
 * rules that span fields. Never throws; every problem found is returned.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkShapeSchema.safeParse(input, { error: frameworkErrorMap });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        return issueAt(input, path, issue.message);
      }),
    };
  }
  const issues = checkFramework(parsed.data);
  return issues.length === 0 ? { ok: true, framework: parsed.data } : { ok: false, issues };
}

export function fieldOf(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    '',
  );
}

/** Builds an issue whose message says which group / item it is about, using the codes in the data. */
function issueAt(data: unknown, path: (string | number)[], message: string): FrameworkIssue {
  const field = fieldOf(path);
  const where = describe(data, path);
  return { path, field, message: where ? `${where}: ${message}` : `Trường '${field}': ${message}` };
}

function describe(data: unknown, path: (string | number)[]): string | null {
  if (path[0] !== 'groups' || typeof path[1] !== 'number') return null;
  const group = (data as { groups?: { code?: unknown; items?: { code?: unknown }[] }[] }).groups?.[path[1]];
  const groupCode = typeof group?.code === 'string' ? group.code : `thứ ${path[1] + 1}`;
  if (path[2] !== 'items' || typeof path[3] !== 'number') {
    const rest = fieldOf(path.slice(2));
    return `Nhóm ${groupCode}${rest ? `, trường '${rest}'` : ''}`;
  }
  const item = group?.items?.[path[3]];
  const itemCode = typeof item?.code === 'string' ? item.code : `thứ ${path[3] + 1} của nhóm ${groupCode}`;
  const rest = fieldOf(path.slice(4));
  return `Mục ${itemCode}${rest ? `, trường '${rest}'` : ''}`;
}

function checkFramework(fw: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push(issueAt(fw, path, message));

  const years = new Set(fw.years);
  if (years.size !== fw.years.length) add(['years'], 'Các năm bị trùng');

  const groupCodes = new Set<string>();
  const itemCodes = new Set<string>();
  fw.groups.forEach((group, g) => {
    if (groupCodes.has(group.code)) add(['groups', g, 'code'], `Mã nhóm ${group.code} bị trùng`);
    groupCodes.add(group.code);
    group.items.forEach((item, i) => {
      const at = ['groups', g, 'items', i];
      if (itemCodes.has(item.code)) add([...at, 'code'], `mã ${item.code} bị trùng với một mục khác`);
      itemCodes.add(item.code);
      if (fw.kind === 'criteria') checkCriterion(item, fw.years, (p, m) => add([...at, ...p], m));
      else checkIndicator(item, (p, m) => add([...at, ...p], m));
    });
  });
  return issues;
}

type Add = (path: (string | number)[], message: string) => void;

function checkCriterion(item: FrameworkItem, years: number[], add: Add): void {
  if (item.maxPoints !== undefined)
    add(['maxPoints'], 'bộ tiêu chí không có điểm tối đa (chỉ dùng cho bộ chỉ số)');
  if (item.rule !== undefined) add(['rule'], 'bộ tiêu chí không có cách chấm điểm (chỉ dùng cho bộ chỉ số)');
  if (item.dependency === undefined) add(['dependency'], 'thiếu phân loại independent / dependent');
  const targets = item.targets ?? {};
  if (item.targets === undefined) add(['targets'], 'thiếu chỉ tiêu theo năm');
  for (const key of Object.keys(targets)) {
    if (!years.includes(Number(key))) {
      add(['targets', key], `năm ${key} không thuộc các năm của bộ (${years.join(', ')})`);
    }
  }
  for (const year of years) {
    const target = targets[String(year)];
    if (item.targets !== undefined && target === undefined) {
      add(['targets', String(year)], `thiếu chỉ tiêu năm ${year} (ghi null nếu năm đó không có chỉ tiêu)`);
    }
    if (target) checkTarget(item, target, (m) => add(['targets', String(year)], m));
  }
}

function checkTarget(item: FrameworkItem, target: Target, add: (message: string) => void): void {
  const { comparator, value } = target;
  if (comparator === '*') {
    if (typeof value !== 'string') add('chỉ tiêu định tính (*) phải có value là chuỗi mô tả, ví dụ "*"');
    return;
  }
  const m = item.measure;
  if (m.kind === 'ratio' || m.kind === 'count') {
    if (typeof value !== 'number') add(`với cách đo ${m.kind}, chỉ tiêu phải là số`);
    else if (m.kind === 'ratio' && (value < 0 || value > 100)) add('chỉ tiêu tỷ lệ phải từ 0 đến 100 (%)');
  } else if (m.kind === 'yes_no') {
    if (comparator !== '=' || (value !== 'Có' && value !== 'Không'))
      add('với cách đo yes_no, chỉ tiêu là = "Có"');
  } else if (m.kind === 'level') {
    if (comparator !== '=' && comparator !== '>=') add('với cách đo level, so sánh phải là = hoặc >=');
    if (typeof value !== 'string' || !m.levels.includes(value)) {
      add(`mức "${String(value)}" không có trong danh sách levels (${m.levels.join('; ')})`);
    }
  } else {
    add('với cách đo text, chỉ tiêu chỉ có thể là định tính (*)');
  }
}

function checkIndicator(item: FrameworkItem, add: Add): void {
  if (item.targets !== undefined)
    add(['targets'], 'bộ chỉ số không có chỉ tiêu theo năm (dùng maxPoints và rule)');
  if (item.dependency !== undefined) add(['dependency'], 'phân loại phụ thuộc chỉ dùng cho bộ tiêu chí');
  if (item.maxPoints === undefined) add(['maxPoints'], 'thiếu điểm tối đa (ghi null nếu chưa biết)');
  if (item.maxPoints === null && item.provenance.status === 'confirmed') {
    add(['provenance', 'status'], 'điểm tối đa chưa biết thì nguồn không thể là confirmed');
  }
  const rule = item.rule;
  if (rule === undefined) {
    add(['rule'], 'thiếu cách chấm điểm');
    return;
  }
  const max = item.maxPoints ?? null;
  const m = item.measure;
  if ((rule.kind === 'proportional' || rule.kind === 'threshold') && m.kind !== 'ratio') {
    add(['rule'], `cách chấm ${rule.kind} cần cách đo ratio (tử số / mẫu số)`);
  }
  if (rule.kind === 'binary' && m.kind !== 'yes_no') add(['rule'], 'cách chấm binary cần cách đo yes_no');
  if (rule.kind === 'tiered') {
    if (m.kind !== 'level') add(['rule'], 'cách chấm tiered cần cách đo level');
    rule.tiers.forEach((tier, t) => {
      if (m.kind === 'level' && !m.levels.includes(tier.level)) {
        add(['rule', 'tiers', t, 'level'], `mức "${tier.level}" không có trong measure.levels`);
      }
      if (max !== null && tier.points > max) {
        add(['rule', 'tiers', t, 'points'], `điểm ${tier.points} vượt điểm tối đa ${max}`);
      }
    });
  }
  if (rule.kind === 'manual') {
    if (rule.max !== null && rule.min > rule.max) add(['rule', 'min'], 'min lớn hơn max');
    if (rule.max !== null && max !== null && rule.max > max) {
      add(['rule', 'max'], `max ${rule.max} vượt điểm tối đa ${max}`);
    }
  }
}
