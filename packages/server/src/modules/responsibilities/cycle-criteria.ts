import type { NormalisedFramework } from '@xaso/domain/framework/normalise';

/** A criterion of a cycle's set, in the set's order, with what the matrix and its export show of it. */
export type CycleCriterion = {
  code: string;
  name: string;
  groupCode: string;
  groupName: string;
  item: NormalisedFramework['groups'][number]['items'][number];
};

export function criteriaOfFramework(framework: NormalisedFramework): CycleCriterion[] {
  return framework.groups.flatMap((g) =>
    g.items.map((item) => ({ code: item.code, name: item.name, groupCode: g.code, groupName: g.name, item })),
  );
}
