import autocannon from 'autocannon';

export interface LoadTarget {
  /** Base URL of the server, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Paths (with query strings); each connection cycles through them in order. */
  paths: string[];
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latencies in milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * Fires `connections` keep-alive connections at the target for `duration` seconds. With workers > 0
 * the load is generated in worker threads, off the event loop of the server under test (which runs
 * in this process); the machine's cores are still shared with the server and PostgreSQL.
 */
export async function fire(
  target: LoadTarget,
  options: { connections: number; duration: number; workers: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: target.origin,
    connections: options.connections,
    duration: options.duration,
    ...(options.workers > 0 ? { workers: options.workers } : {}),
    headers: { accept: 'application/json', ...(target.headers ?? {}) },
    requests: target.paths.map((path) => ({ method: 'GET' as const, path })),
    timeout: 30,
  });
  const seconds = result.duration;
  const requests = result.requests.total;
  return {
    requests,
    seconds,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
