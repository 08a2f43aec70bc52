import type {
  Criterion,
  Framework,
  FrameworkItem,
  Indicator,
  LegalBasis,
  Measure,
  Provenance,
  Rule,
  Target,
} from './schema.ts';

/** One item in the stable shape of the CLI/API contract: every key present, `null` where nothing applies. */
export interface NormalisedItem {
  code: string;
  name: string;
  unit: string | null;
  measure: Measure;
  /** One key per year of the framework; always `null` for index indicators. */
  targets: Record<string, Target | null>;
  dependency: 'independent' | 'dependent' | null;
  maxPoints: number | null;
  rule: Rule | null;
  guidance: { evidence: string } | null;
  provenance: Provenance;
}

export interface NormalisedFramework {
  id: string;
  kind: Framework['kind'];
  title: string;
  legalBasis: LegalBasis;
  appliesTo: Framework['appliesTo'];
  years: number[];
  groups: { code: string; name: string; items: NormalisedItem[] }[];
}

/**
 * The stable, normalised shape printed by `frameworks show ID --json` and served by the API. Keys come in a
 * fixed order and optional fields become `null`, so two versions of a framework can be diffed line by line.
 * Expects a framework that passed `validateFramework`.
 */
export function normaliseFramework(framework: Framework): NormalisedFramework {
  const years = [...framework.years].sort((a, b) => a - b);
  return {
    id: framework.id,
    kind: framework.kind,
    title: framework.title,
    legalBasis: {
      number: framework.legalBasis.number,
      date: framework.legalBasis.date,
      issuer: framework.legalBasis.issuer,
    },
    appliesTo: framework.appliesTo,
    years,
    groups: framework.groups.map((group) => ({
      code: group.code,
      name: group.name,
      items: group.items.map((item) => normaliseItem(item, framework.kind, years)),
    })),
  };
}

function normaliseItem(item: FrameworkItem, kind: Framework['kind'], years: number[]): NormalisedItem {
  const targets: Record<string, Target | null> = {};
  for (const year of years) {
    const target = kind === 'criteria' ? item.targets?.[String(year)] : undefined;
    targets[String(year)] = target ? { comparator: target.comparator, value: target.value } : null;
  }
  return {
    code: item.code,
    name: item.name,
    unit: item.unit ?? null,
    measure: item.measure,
    targets,
    dependency: kind === 'criteria' ? (item.dependency ?? null) : null,
    maxPoints: kind === 'index' ? (item.maxPoints ?? null) : null,
    rule: kind === 'index' ? (item.rule ?? null) : null,
    guidance: item.guidance ?? null,
    provenance: item.provenance,
  };
}

/** The criteria of a validated `criteria` framework, typed for `evaluateCriterion`. */
export function criteriaOf(framework: Framework): Criterion[] {
  return framework.groups.flatMap((g) =>
    g.items.map(({ maxPoints: _m, rule: _r, ...item }) => ({ ...item, targets: item.targets ?? {} })),
  );
}

/** The indicators of a validated `index` framework, typed for `scoreIndicator`. */
export function indicatorsOf(framework: Framework): Indicator[] {
  return framework.groups.flatMap((g) =>
    g.items.map(({ targets: _t, dependency: _d, ...item }) => ({
      ...item,
      maxPoints: item.maxPoints ?? null,
      rule: item.rule ?? { kind: 'manual', min: 0, max: item.maxPoints ?? null },
    })),
  );
}
