import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The whole environment, parsed once. Nothing else in the API reads process.env. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  SIGAP_DATA_DIR: z.string().optional(),
  /** Uploaded files (evidence, attachments); default: `files` under the data directory. */
  SIGAP_FILES_DIR: z.string().optional(),
  SIGAP_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  SIGAP_DEMO_PASSWORD: z.string().min(8).default('sigap-demo-2026'),
  SIGAP_DEMO_EMPLOYEES: z.coerce.number().int().min(50).max(200_000).default(3000),
  SIGAP_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SIGAP_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SIGAP_WEB_DIST: z.string().optional(),
  SIGAP_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Public submissions (survey answers, complaints, ratings) per address per minute. */
  SIGAP_PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** smtp://user:pass@host:587 (or smtps://…:465); unset = notifications are not e-mailed. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'expected smtp://user:pass@host:587 or smtps://…')
    .or(z.literal(''))
    .optional(),
  SIGAP_MAIL_FROM: z.string().min(3).default('Sigap <no-reply@sigap.local>'),
  /** Base URL of the web app for links in e-mails. */
  SIGAP_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .or(z.literal(''))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  filesDir: string;
  demo: boolean;
  demoPassword: string;
  demoEmployees: number;
  cookieSecure: 'auto' | 'true' | 'false';
  trustProxy: boolean;
  webDist: string | undefined;
  loginRatePerMinute: number;
  publicRatePerMinute: number;
  logLevel: string;
  /** SMTP connection URL; null = e-mail is off. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Base URL of the web app (no trailing slash), for absolute links in e-mails. */
  publicUrl: string;
};

/** The repository root: `./data` means the same folder whichever workspace npm runs the server from. */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const dataDir = e.SIGAP_DATA_DIR
    ? path.resolve(env.INIT_CWD ?? process.cwd(), e.SIGAP_DATA_DIR)
    : path.join(repositoryRoot, 'data');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    // A relative SIGAP_DATA_DIR is read from where the user ran npm (INIT_CWD), not the workspace folder.
    dataDir,
    filesDir: e.SIGAP_FILES_DIR
      ? path.resolve(env.INIT_CWD ?? process.cwd(), e.SIGAP_FILES_DIR)
      : path.join(dataDir, 'files'),
    demo: e.SIGAP_DEMO,
    demoPassword: e.SIGAP_DEMO_PASSWORD,
    demoEmployees: e.SIGAP_DEMO_EMPLOYEES,
    cookieSecure: e.SIGAP_COOKIE_SECURE,
    trustProxy: e.SIGAP_TRUST_PROXY,
    webDist: e.SIGAP_WEB_DIST,
    loginRatePerMinute: e.SIGAP_LOGIN_RATE_PER_MINUTE,
    publicRatePerMinute: e.SIGAP_PUBLIC_RATE_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.SIGAP_MAIL_FROM,
    publicUrl: (e.SIGAP_PUBLIC_URL || `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
}
