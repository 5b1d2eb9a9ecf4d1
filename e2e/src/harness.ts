import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { buildApp, loadConfig, openConfiguredDatabase, seedDemo } from '@sigap/api/testing';
import { type APIResponse, type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'demo-e2e-2026';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(root, 'apps/web/dist');
export const SHOTS_DIR = path.join(root, 'test-results/screenshots');

/**
 * Whether the journeys can run. In CI a missing browser or build is a failure with a message; locally
 * the journeys are skipped with the printed reason.
 */
export function journeyPrerequisites(): { ok: true } | { ok: false; reason: string } {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) missing.push('web build missing (npm run build)');
  if (missing.length === 0) return { ok: true };
  const reason = missing.join('; ');
  if (process.env.CI === 'true') throw new Error(`Browser journeys cannot run in CI: ${reason}`);
  console.warn(`[e2e] SKIPPED: ${reason}`);
  return { ok: false, reason };
}

export interface RunningSigap {
  baseUrl: string;
  accounts: Awaited<ReturnType<typeof seedDemo>>;
  /** The API's database, to check what was (not) written. */
  count(table: 'employees' | 'audit_log' | 'reporting_lines'): Promise<number>;
  /** An employee of the demo city by position name prefix. */
  employee(positionPrefix: string): Promise<{ id: string; nip: string; name: string }>;
  browser: Browser;
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; context: BrowserContext }>;
  stop(): Promise<void>;
}

/** The real app on a fresh embedded database with a small demo city, and a headless Chromium. */
export async function startSigap(): Promise<RunningSigap> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-e2e-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SIGAP_DATA_DIR: dataDir,
    SIGAP_WEB_DIST: WEB_DIST,
    SIGAP_DEMO: 'false',
    PORT: '0',
  });
  const handle = await openConfiguredDatabase(config);
  const accounts = await seedDemo(handle.db, { password: DEMO_PASSWORD, employeeCount: 600 });
  const app = await buildApp({ config, db: handle.db, driver: handle.driver, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const { queryRows, sql } = await import('@sigap/api/testing');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accounts,
    browser,
    count: async (table) => {
      const [row] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      );
      return row?.n ?? 0;
    },
    employee: async (positionPrefix) => {
      const [row] = await queryRows<{ id: string; nip: string; name: string }>(
        handle.db,
        sql`select e.id, e.nip, e.name from employees e join positions p on p.agency_id = e.agency_id
            and p.id = e.position_id where p.name like ${`${positionPrefix}%`} order by e.nip limit 1`,
      );
      if (!row) throw new Error(`no employee with position ${positionPrefix}`);
      return row;
    },
    newPage: async (viewport = { width: 1280, height: 800 }) => {
      const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { page, context };
    },
    stop: async () => {
      await browser.close();
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-results/screenshots (the viewport, as a person sees it; looked at, not compared). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

export async function signIn(page: Page, baseUrl: string, login: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel('NIP atau nama pengguna').fill(login);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
}

/** Call at the start of a test: a failing test leaves a screenshot of where it stopped. */
export function screenshotOnFailure(page: () => Page | undefined, name: string): void {
  onTestFailed(async () => {
    const current = page();
    if (current) await screenshot(current, `FAILED-${name}`).catch(() => undefined);
  });
}

/** axe-core (WCAG 2.1 A/AA rules): no serious or critical violation on a public page. */
export async function expectNoSeriousViolations(page: Page, what: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${what}: axe violations`).toEqual([]);
}

type Method = 'get' | 'post' | 'put' | 'patch';

/**
 * Someone signed in through the API only (their own browser context keeps the cookie): `get`/`post`/`put`/
 * `patch` expect a 2xx and return the JSON; `response` returns the raw answer for tests of status codes.
 */
export async function apiSession(sigap: RunningSigap, login: string) {
  const { context } = await sigap.newPage();
  const signedIn = await context.request.post(`${sigap.baseUrl}/api/auth/login`, {
    data: { login, password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const headers = { 'x-csrf-token': (await signedIn.json()).csrfToken as string };
  const response = (method: Method, path: string, data?: unknown): Promise<APIResponse> =>
    context.request[method](`${sigap.baseUrl}${path}`, method === 'get' ? {} : { data, headers });
  const json = async <T>(method: Method, path: string, data?: unknown): Promise<T> => {
    const answer = await response(method, path, data);
    expect(answer.ok(), `${method.toUpperCase()} ${path}: ${await answer.text()}`).toBe(true);
    return (await answer.json()) as T;
  };
  return {
    get: <T>(path: string) => json<T>('get', path),
    post: <T>(path: string, data?: unknown) => json<T>('post', path, data),
    put: <T>(path: string, data: unknown) => json<T>('put', path, data),
    patch: <T>(path: string, data?: unknown) => json<T>('patch', path, data),
    response,
    close: () => context.close(),
  };
}
export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** Waits until finite animations (modals, drawers, toasts) have finished, then screenshots the viewport. */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  await screenshot(page, name);
}
