// autocannon worker hook (a file: workers cannot receive functions) for `npm run bench:daily-log`.
// Each connection loops over two requests, save then submit of one day. Request 0 takes the next free
// (employee, date) slot — a counter in this worker, so the load must run in a single worker — and keeps
// it in the context for request 1. Slots never repeat within a run; BENCH_DL_RUN (set by the parent
// before each run, copied into the worker's environment) moves every run to its own block of past dates.
const sessions = JSON.parse(process.env.BENCH_DL_SESSIONS ?? '[]');
const mode = process.env.BENCH_DL_MODE ?? 'api';
const run = Number(process.env.BENCH_DL_RUN ?? 0);
const today = process.env.BENCH_DL_TODAY ?? new Date().toISOString().slice(0, 10);
const DAYS_PER_RUN = Number(process.env.BENCH_DL_DAYS_PER_RUN ?? 500);
const DAY_MS = 86_400_000;
const base = Date.parse(`${today}T00:00:00Z`);
let next = 0;

const entries = [
  { start: '07:30', end: '09:00', description: 'Apel pagi dan rapat koordinasi bidang' },
  { start: '09:00', end: '11:30', description: 'Menyusun laporan capaian kegiatan' },
  { start: '13:00', end: '15:30', description: 'Verifikasi berkas usulan dari puskesmas', evidenceUrl: null },
];

function slot() {
  const k = next;
  next += 1;
  const session = sessions[k % sessions.length];
  const back = Math.floor(k / sessions.length);
  if (back >= DAYS_PER_RUN) throw new Error('daily-log bench: out of dates for this run');
  const date = new Date(base - (1 + run * DAYS_PER_RUN + back) * DAY_MS).toISOString().slice(0, 10);
  return { session, date };
}

module.exports = (request, context) => {
  if (context.date === undefined) Object.assign(context, slot());
  const { session, date } = context;
  const submit = context.saved === true;
  context.saved = true;
  if (mode === 'api') {
    request.method = submit ? 'POST' : 'PUT';
    request.path = submit ? `/api/daily-logs/mine/${date}/submit` : `/api/daily-logs/mine/${date}`;
    request.headers = {
      ...request.headers,
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    };
    request.body = submit ? '{}' : JSON.stringify({ entries });
  } else {
    request.method = 'POST';
    request.path = submit ? '/bare/daily-logs/submit' : '/bare/daily-logs';
    request.headers = { ...request.headers, 'content-type': 'application/json' };
    request.body = JSON.stringify(
      submit
        ? { employeeId: session.employeeId, date }
        : { employeeId: session.employeeId, unitId: session.unitId, date, entries },
    );
  }
  return request;
};
