import { useQuery } from '@tanstack/react-query';
import { classificationResponseSchema } from '@xaso/domain/contracts/steering';
import type { ClassificationValue } from '@xaso/domain/steering/classification';
import { api } from '../../../lib/api-client.ts';

export type ClassificationFilters = {
  communeUnitId: string[];
  criterionCode: string[];
  value: ClassificationValue[];
};

/** `?communeUnitId=a&communeUnitId=b&value=needs_support`: each filter repeated per value, as the route reads it. */
export function filterQuery(filters: ClassificationFilters): string {
  const params = new URLSearchParams();
  for (const id of filters.communeUnitId) params.append('communeUnitId', id);
  for (const code of filters.criterionCode) params.append('criterionCode', code);
  for (const value of filters.value) params.append('value', value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const basePath = (cycleId: string) => `/api/cycles/${encodeURIComponent(cycleId)}/classification`;

/** The rows the filters keep, and the counts over the whole cycle whatever the filters. */
export function useClassification(cycleId: string, filters: ClassificationFilters) {
  return useQuery({
    queryKey: ['classification', cycleId, filters],
    queryFn: ({ signal }) =>
      api(`${basePath(cycleId)}${filterQuery(filters)}`, { schema: classificationResponseSchema, signal }),
    // A new filter keeps the counts and the chart on screen while its rows arrive.
    placeholderData: (previous) => previous,
  });
}

/** The export carries the same filters as the list on screen. */
export const classificationExportUrl = (cycleId: string, filters: ClassificationFilters) =>
  `${basePath(cycleId)}/export.xlsx${filterQuery(filters)}`;
