/** Limits shared by the API and the web. */
export const LIMITS = {
  pageSizeMax: 200,
  pageSizeDefault: 25,
  /** Lists count matches up to this many; beyond it the total reads "10.000+" (narrow the search). */
  countCap: 10_000,
  importMaxBytes: 20 * 1024 * 1024,
  importMaxRows: 200_000,
  attachmentMaxBytes: 5 * 1024 * 1024,
  attachmentsPerComplaint: 5,
  /** Bukti dukung: one file, and items (files and links) per IKI and period or per day of the daily log. */
  evidenceMaxBytes: 10 * 1024 * 1024,
  evidencePerItem: 10,
  passwordMinLength: 10,
  skpTextMax: 2000,
  skpLampiranMax: 10_000,
  skpRhksMax: 50,
  skpIndicatorsPerRhkMax: 8,
  loginMaxFailures: 5,
  lockoutMinutes: 15,
  sessionDays: 7,
} as const;
