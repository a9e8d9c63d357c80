/**
 * Many clients creating notes through the notes API at once, each with its own account's token.
 * A note counts as acknowledged only when its 201 and id arrived; everything else is tallied.
 */
export type Acknowledged = { id: string; body: string };

export type WritersResult = {
  acknowledged: Acknowledged[];
  statuses: Record<string, number>; // HTTP status (or "network") → count
  failures: string[]; // the first few non-201 answers, for the report
  latenciesMs: number[]; // of acknowledged writes
  elapsedMs: number;
};

/**
 * Runs until `durationMs` has passed or `stop` is aborted; `onAcknowledged` hears each new total
 * (the crash test kills the server once writes are flowing) and `onRefused` each write the server
 * never answered (the crash test stops once writes hit the dead server).
 */
export async function runWriters(options: {
  baseUrl: string;
  slug: string;
  tokens: string[];
  durationMs: number;
  label?: string;
  stop?: AbortSignal;
  onAcknowledged?: (total: number) => void;
  onRefused?: () => void;
}): Promise<WritersResult> {
  const result: WritersResult = { acknowledged: [], statuses: {}, failures: [], latenciesMs: [], elapsedMs: 0 };
  const started = Date.now();
  const endAt = started + options.durationMs;
  const count = (key: string) => (result.statuses[key] = (result.statuses[key] ?? 0) + 1);
  const url = `${options.baseUrl}/api/measures/${options.slug}/notes`;

  async function client(index: number, token: string) {
    const running = () => Date.now() < endAt && !options.stop?.aborted;
    for (let sequence = 0; running(); sequence++) {
      const body = `${options.label ?? "writer"} ${index} #${sequence}`;
      const sent = performance.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ body, visibility: "private" }),
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        count(String(response.status));
        if (response.status === 201) {
          const id = (JSON.parse(text) as { note?: { id?: string } }).note?.id;
          if (!id) throw new Error(`201 without an id: ${text.slice(0, 200)}`);
          result.acknowledged.push({ id, body });
          result.latenciesMs.push(performance.now() - sent);
          options.onAcknowledged?.(result.acknowledged.length);
        } else if (result.failures.length < 10) {
          result.failures.push(`${response.status} ${text.slice(0, 200)}`);
        }
      } catch (error) {
        // The server went away (or timed out): this write was never acknowledged.
        count("network");
        options.onRefused?.();
        if (running()) await new Promise((resolve) => setTimeout(resolve, 50));
        if (result.failures.length < 10) result.failures.push(`network: ${(error as Error).message}`);
      }
    }
  }

  await Promise.all(options.tokens.map((token, index) => client(index, token)));
  result.elapsedMs = Date.now() - started;
  return result;
}
