import autocannon from "autocannon";

// One read case under autocannon. Latencies are recorded per response, so that p95 (which
// autocannon's own summary does not report) is exact.

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** answers outside 2xx, as autocannon counts them */
  non2xx: number;
  /** answers with another status than the case expects, plus socket errors and timeouts */
  unexpected: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function load(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  expectedStatus: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let unexpected = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, headers: options.headers, connections: options.connections, duration: options.durationSeconds },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const round = (ms: number) => Math.round(ms * 10) / 10;
        resolve({
          requests: latencies.length,
          rps: Math.round(latencies.length / options.durationSeconds),
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
          non2xx: result.non2xx,
          unexpected: unexpected + result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== options.expectedStatus) unexpected++;
    });
  });
}
