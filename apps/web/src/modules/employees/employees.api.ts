import type { EmployeeDetail, EmployeeListItem } from '@sigap/contracts';
import type { EmploymentType } from '@sigap/rules';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams, toQueryString } from '../../lib/api.ts';

export interface EmployeePage {
  items: EmployeeListItem[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

export interface EmployeeFilters {
  q?: string;
  unitId?: string;
  includeSubunits?: boolean;
  positionKind?: string;
  employmentType?: string;
  status?: string;
}

export const EMPLOYEES_KEY = ['employees'] as const;
export const employeeKey = (id: string) => ['employee', id] as const;

function filterParams(filters: EmployeeFilters): QueryParams {
  return {
    q: filters.q?.trim() || undefined,
    unitId: filters.unitId,
    includeSubunits: filters.unitId ? String(filters.includeSubunits ?? true) : undefined,
    positionKind: filters.positionKind,
    employmentType: filters.employmentType,
    status: filters.status,
  };
}

export function useEmployeePage(filters: EmployeeFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...EMPLOYEES_KEY, filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<EmployeePage>('/api/employees', { ...filterParams(filters), page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The XLSX export of the same filters (a plain link: the session cookie goes along). */
export const exportUrl = (filters: EmployeeFilters): string =>
  `/api/employees/export.xlsx${toQueryString(filterParams(filters))}`;

export function useEmployee(id: string | null) {
  return useQuery({
    queryKey: employeeKey(id ?? ''),
    queryFn: ({ signal }) => api.get<EmployeeDetail>(`/api/employees/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

/** People matching a name or NIP, for pickers. */
export function useEmployeeSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['employee-search', q],
    queryFn: ({ signal }) =>
      api.get<EmployeePage>('/api/employees', { q, pageSize: 20, status: 'ACTIVE' }, signal),
    enabled,
    staleTime: 60_000,
  });
}

export type Acting = 'DEFINITIF' | 'PLT' | 'PLH';

export function useChangeRater(employeeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { raterEmployeeId: string | null; validFrom: string; acting: Acting }) =>
      api.post<EmployeeDetail>(`/api/employees/${employeeId}/reporting-lines`, input),
    onSuccess: (detail) => {
      client.setQueryData(employeeKey(employeeId), detail);
      void client.invalidateQueries({ queryKey: employeeKey(employeeId) });
      void client.invalidateQueries({ queryKey: EMPLOYEES_KEY });
      void client.invalidateQueries({ queryKey: ['agency-summary'] });
    },
  });
}

export function useResetPassword(employeeId: string) {
  return useMutation({
    mutationFn: () => api.post<{ temporaryPassword: string }>(`/api/employees/${employeeId}/reset-password`),
  });
}

export interface CreateEmployeeInput {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  employmentType: EmploymentType;
  golongan: string;
  positionId: string;
  raterEmployeeId: string | null;
}

export type UpdateEmployeeInput = Partial<Omit<CreateEmployeeInput, 'nip' | 'raterEmployeeId'>> & {
  status?: 'ACTIVE' | 'INACTIVE';
};

/** After a record changes: lists, counts per unit/position and the home summary are stale. */
function useInvalidateEmployeeLists() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: EMPLOYEES_KEY });
    void client.invalidateQueries({ queryKey: ['employee-search'] });
    void client.invalidateQueries({ queryKey: ['positions'] });
    void client.invalidateQueries({ queryKey: ['units'] });
    void client.invalidateQueries({ queryKey: ['agency-summary'] });
  };
}

export function useCreateEmployee() {
  const client = useQueryClient();
  const invalidate = useInvalidateEmployeeLists();
  return useMutation({
    mutationFn: (input: CreateEmployeeInput) => api.post<EmployeeDetail>('/api/employees', input),
    onSuccess: (detail) => {
      client.setQueryData(employeeKey(detail.id), detail);
      invalidate();
    },
  });
}

export function useUpdateEmployee(employeeId: string) {
  const client = useQueryClient();
  const invalidate = useInvalidateEmployeeLists();
  return useMutation({
    mutationFn: (input: UpdateEmployeeInput) =>
      api.patch<EmployeeDetail>(`/api/employees/${employeeId}`, input),
    onSuccess: (detail) => {
      client.setQueryData(employeeKey(employeeId), detail);
      void client.invalidateQueries({ queryKey: employeeKey(employeeId) });
      invalidate();
    },
  });
}
