/** Limits shared by the API and the web. */
export const LIMITS = {
  pageSizeMax: 200,
  pageSizeDefault: 25,
  importMaxBytes: 20 * 1024 * 1024,
  importMaxRows: 200_000,
  passwordMinLength: 10,
  loginMaxFailures: 5,
  lockoutMinutes: 15,
  sessionDays: 7,
} as const;
