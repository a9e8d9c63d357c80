/** What every benchmark reports with: percentiles and the machine a figure was taken on. */
import os from "node:os";

/** The p-th percentile (nearest rank) of `values`, in any order; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** "Machine: 2 cores (AMD EPYC …), load average 1.5 1.3 2.1, Node v20.20.2, <ISO time>". */
export function describeMachine(): string {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  return `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), load average ${load}, Node ${process.version}, ${new Date().toISOString()}`;
}
