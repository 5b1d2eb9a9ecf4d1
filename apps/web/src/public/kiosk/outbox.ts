/**
 * The kiosk's outbox: every answer is written to localStorage BEFORE it is sent, and a background sender
 * retries until the API acknowledges it. The API is idempotent on the answer's clientId, so a retry after
 * a lost acknowledgement stores nothing twice; an answer leaves the outbox only once the API answered
 * 200/201 (or refused it for good: a 4xx other than 429, dropped with a console warning).
 */
import { call, PublicApiError, responsesPath, type SurveyResponseBody } from '../api.ts';

export interface OutboxItem {
  serviceUnitId: string;
  body: SurveyResponseBody;
}

const KEY = 'sigap.kiosk.outbox.v1';
/** Used only when localStorage is unavailable (private mode, quota): answers then live as long as the tab. */
let memory: OutboxItem[] = [];
const listeners = new Set<() => void>();

function stored(): OutboxItem[] {
  try {
    const items: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(items) ? (items as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

function read(): OutboxItem[] {
  const items = stored();
  const ids = new Set(items.map((item) => item.body.clientId));
  return [...items, ...memory.filter((item) => !ids.has(item.body.clientId))];
}

function write(items: OutboxItem[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(items));
    memory = [];
  } catch {
    memory = items;
  }
  for (const listener of listeners) listener();
}

/** Queues an answer (synchronously persisted) and starts sending it. */
export function enqueue(item: OutboxItem): void {
  write([...read(), item]);
  void flush();
}

/** How many answers wait to be sent. */
export function pendingCount(): number {
  return read().length;
}

/** Calls `listener` whenever the outbox changes, in this tab or another one. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function remove(clientId: string): void {
  // Re-read: answers may have been queued while this one was on its way.
  write(read().filter((item) => item.body.clientId !== clientId));
}

type Outcome = 'sent' | 'dropped' | 'retry';

async function send(item: OutboxItem): Promise<Outcome> {
  try {
    await call('POST', responsesPath(item.serviceUnitId), item.body);
    return 'sent';
  } catch (error) {
    const status = error instanceof PublicApiError ? error.status : 0;
    if (status === 0 || status === 429 || status >= 500) return 'retry';
    console.warn(
      `[kiosk] answer ${item.body.clientId} refused by the server (${status} ${
        error instanceof PublicApiError ? error.code : ''
      }); dropped from the outbox`,
    );
    return 'dropped';
  }
}

let running: Promise<void> | null = null;
let again = false;

/** Sends the queued answers in order; stops at the first one that must be retried later. */
async function drain(): Promise<void> {
  const tried = new Set<string>();
  for (;;) {
    const next = read().find((item) => !tried.has(item.body.clientId));
    if (!next) return;
    tried.add(next.body.clientId);
    if ((await send(next)) === 'retry') return;
    remove(next.body.clientId);
  }
}

/** Sends what waits (one sender at a time; a call during a run schedules one more run). */
export function flush(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = drain().finally(() => {
    running = null;
    if (again) {
      again = false;
      void flush();
    }
  });
  return running;
}

/** The background sender: on every 'online' event and every `intervalMs`. Returns its stop function. */
export function startSender(intervalMs = 15_000): () => void {
  const onOnline = () => void flush();
  window.addEventListener('online', onOnline);
  const timer = window.setInterval(onOnline, intervalMs);
  void flush();
  return () => {
    window.removeEventListener('online', onOnline);
    window.clearInterval(timer);
  };
}
