import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * CPU used over a stretch of time, from /proc: the app process, PostgreSQL (postmaster and its
 * children), this process (the load generator), and the whole machine. Null where there is no /proc.
 */

/** The fields of /proc/<pid>/stat after "pid (comm)": state, ppid, …; null if the process is gone. */
function procStat(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

// utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) state".
const cpuSecondsOf = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) / 100;

/** CPU seconds (user + system) a process has used so far. */
export function processCpuSeconds(pid: number): number | null {
  const fields = procStat(pid);
  return fields ? cpuSecondsOf(fields) : null;
}

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
export function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((s, x) => s + x, 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by a PostgreSQL postmaster and each of its live children (backends,
 * WAL writer, …), by pid: backends come and go, so a delta is taken per pid (see cpuDelta).
 */
export function postgresCpuSnapshot(postmasterPid: number): Map<number, number> {
  const snapshot = new Map<number, number>();
  const own = processCpuSeconds(postmasterPid);
  if (own !== null) snapshot.set(postmasterPid, own);
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return snapshot;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = procStat(entry); // null: the process ended meanwhile
    if (fields && Number(fields[1]) === postmasterPid) snapshot.set(Number(entry), cpuSecondsOf(fields));
  }
  return snapshot;
}

/** CPU seconds between two snapshots, over the processes alive at the end (new ones count in full). */
export function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** CPU used during a run, in cores (the machine's out of os.cpus().length). */
export interface CpuUse {
  serverCpu: number | null;
  postgresCpu: number | null;
  loadGeneratorCpu: number;
  machineCpu: number | null;
}

/** Takes the readings now; the returned function, given the seconds elapsed, the cores used since. */
export function startCpuSample(serverPid: number, postmasterPid: number | null): (elapsed: number) => CpuUse {
  const cpu0 = processCpuSeconds(serverPid);
  const pg0 = postmasterPid ? postgresCpuSnapshot(postmasterPid) : null;
  const self0 = process.cpuUsage();
  const m0 = machineCpuSeconds();
  return (elapsed) => {
    const cpu1 = processCpuSeconds(serverPid);
    const pg1 = postmasterPid ? postgresCpuSnapshot(postmasterPid) : null;
    const self1 = process.cpuUsage(self0);
    const m1 = machineCpuSeconds();
    return {
      serverCpu: cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / elapsed : null,
      postgresCpu: pg0 && pg1 ? cpuDelta(pg0, pg1) / elapsed : null,
      loadGeneratorCpu: (self1.user + self1.system) / 1e6 / elapsed,
      machineCpu: m0 && m1 ? ((m1.busy - m0.busy) / (m1.total - m0.total)) * os.cpus().length : null,
    };
  };
}
