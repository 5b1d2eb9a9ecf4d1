import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface AuditRecord {
  id: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string;
}

export interface AuditPage {
  items: AuditRecord[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditFilters {
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

/** Actions and entity types the API records (for the filter pickers; unknown ones still display). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset',
  'unit.create',
  'unit.update',
  'position.create',
  'position.update',
  'employee.create',
  'employee.update',
  'employee.import',
  'reporting_line.create',
  'reporting_line.update',
  'reporting_line.close',
  'demo.seed',
] as const;

export const AUDIT_ENTITY_TYPES = ['user', 'unit', 'position', 'employee', 'import', 'agency'] as const;

export function useAuditPage(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => api.get<AuditPage>('/api/audit', { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** i18n key segment for an action ("auth.login" → "auth_login"). */
export const actionKey = (action: string) => action.replaceAll('.', '_');
