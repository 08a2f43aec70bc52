import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditAction, auditListResponseSchema } from '@xaso/domain/contracts/audit';
import { api } from '../../../lib/api-client.ts';

export interface AuditFilter {
  action?: AuditAction;
  entityId?: string;
  limit: number;
  offset: number;
}

export function listAuditEvents(filter: AuditFilter, signal?: AbortSignal) {
  return api('/api/audit-events', { query: { ...filter }, schema: auditListResponseSchema, signal });
}

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit-events', filter],
    queryFn: ({ signal }) => listAuditEvents(filter, signal),
    placeholderData: keepPreviousData,
  });
}
