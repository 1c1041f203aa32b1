import autocannon from 'autocannon';
import { type CpuUse, startCpuSample } from './cpu.ts';
import { type Summary, summarize } from './stats.ts';

/** HTTP load with autocannon: latencies of the 200s, throughput, errors and the CPU it cost. */
export interface LoadResult extends Summary, CpuUse {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  errors: number;
}

export interface LoadTarget {
  baseUrl: string;
  serverPid: number;
  /** The postmaster of the throwaway cluster, when there is one: its CPU is counted per run. */
  postmasterPid: number | null;
}

/**
 * Waits until the app has answered what autocannon left in flight: requests it stopped waiting
 * for are still queued for the app's pool, and the next load (at one connection) would otherwise
 * measure that queue. One more request goes behind them; its 200 means the queue is gone (a 500
 * from the pool's 5 s timeout means it is not: ask again, for at most two minutes).
 */
async function drain(target: LoadTarget, cookie: string, path: string) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const status = await fetch(target.baseUrl + path, {
      headers: { cookie },
      signal: AbortSignal.timeout(120_000),
    })
      .then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      })
      .catch(() => 0);
    if (status === 200) return;
  }
}

/**
 * GETs the paths in turn, with this session cookie, over `connections` for `seconds`; resolves once
 * the requests still in flight are answered (drain).
 */
export async function load(
  target: LoadTarget,
  cookie: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const cpuSince = startCpuSample(target.serverPid, target.postmasterPid);
  const t0 = process.hrtime.bigint();
  const result = await new Promise<LoadResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.baseUrl + paths[0],
        connections,
        duration: seconds,
        headers: { cookie },
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
        const cpu = cpuSince(elapsed);
        errors += result.errors + result.timeouts;
        resolve({
          ...summarize(latencies),
          connections,
          seconds: elapsed,
          requests: latencies.length,
          rps: latencies.length / elapsed,
          errors,
          ...cpu,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, time) => {
      if (status === 200) latencies.push(time);
      else errors++;
    });
  });
  await drain(target, cookie, paths[0]!);
  return result;
}
