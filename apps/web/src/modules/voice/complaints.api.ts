import type { Complaint, ComplaintDetail } from '@sigap/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type { Complaint, ComplaintDetail };
export type ComplaintStatus = Complaint['status'];
export type ComplaintCategory = Complaint['category'];
export type SlaState = Complaint['sla']['state'];
export type SlaStage = Complaint['sla']['stage'];
export type ComplaintAction = 'verify' | 'reject' | 'dispatch' | 'answer' | 'publish';

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'RECEIVED',
  'VERIFIED',
  'DISPATCHED',
  'ANSWERED',
  'PUBLISHED',
  'REJECTED',
];
export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  'PENGADUAN',
  'ASPIRASI',
  'PERMINTAAN_INFORMASI',
];

/** Mantine palettes. */
export const STATUS_COLOR: Record<ComplaintStatus, string> = {
  RECEIVED: 'gray',
  VERIFIED: 'cyan',
  DISPATCHED: 'indigo',
  ANSWERED: 'violet',
  PUBLISHED: 'green',
  REJECTED: 'red',
};
export const SLA_COLOR: Record<SlaState, string> = {
  ON_TIME: 'blue',
  DUE_SOON: 'orange',
  OVERDUE: 'red',
  MET: 'green',
  MISSED: 'grape',
};

export interface ComplaintPage {
  items: Complaint[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ComplaintFilters {
  status?: string | undefined;
  serviceUnitId?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
}

export interface OverdueCounts {
  overdue: number;
  dueSoon: number;
}
export interface OverdueSummary {
  today: string;
  total: OverdueCounts;
  perStage: (OverdueCounts & { stage: SlaStage })[];
  perServiceUnit: (OverdueCounts & { serviceUnitId: string | null; serviceUnitName: string | null })[];
}

export const COMPLAINTS_KEY = ['complaints'] as const;
const complaintKey = (id: string) => [...COMPLAINTS_KEY, 'detail', id] as const;

export function useComplaintPage(filters: ComplaintFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'page', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<ComplaintPage>(
        '/api/complaints',
        {
          status: filters.status,
          serviceUnitId: filters.serviceUnitId,
          overdue: filters.overdue ? 'true' : undefined,
          q: filters.q?.trim() || undefined,
          page,
          pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

export function useOverdueSummary(enabled: boolean) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'overdue-summary'],
    queryFn: ({ signal }) => api.get<OverdueSummary>('/api/complaints/overdue-summary', undefined, signal),
    enabled,
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

export function useComplaint(id: string | null) {
  return useQuery({
    queryKey: complaintKey(id ?? ''),
    queryFn: ({ signal }) => api.get<ComplaintDetail>(`/api/complaints/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export interface ComplaintActionInput {
  action: ComplaintAction;
  note?: string | null;
  notePublic?: boolean;
  serviceUnitId?: string;
  serviceTypeId?: string;
  answer?: string;
}

export function useComplaintAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ComplaintActionInput) =>
      api.post<ComplaintDetail>(`/api/complaints/${id}/actions`, input),
    onSuccess: (detail) => {
      client.setQueryData(complaintKey(id), detail);
      void client.invalidateQueries({ queryKey: COMPLAINTS_KEY });
    },
  });
}

export interface StaffComplaintInput {
  source: 'LAPOR' | 'STAFF';
  laporReference: string | null;
  category: ComplaintCategory;
  serviceUnitId: string | null;
  title: string;
  body: string;
  receivedOn?: string;
  reporterName: string | null;
  reporterContact: string | null;
}

export function useCreateComplaint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffComplaintInput) => api.post<ComplaintDetail>('/api/complaints', input),
    onSuccess: (detail) => {
      client.setQueryData(complaintKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: COMPLAINTS_KEY });
    },
  });
}
