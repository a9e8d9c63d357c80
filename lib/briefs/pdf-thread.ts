import "server-only";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { ServiceUnavailableError } from "@/lib/errors";
import type { Brief } from "./types";

/** A rendering that takes longer than this is abandoned (the worker is replaced) and answers 503. */
const RENDER_TIMEOUT_MS = 30_000;

type Pending = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const [id, job] of pending) {
    clearTimeout(job.timer);
    job.reject(error);
    pending.delete(id);
  }
}

/** The one worker, started on first use and again after it died or was replaced. */
function pdfWorker(): Worker {
  if (worker) return worker;
  // process.cwd() is the project root under `npm start`, `npm run dev` and the tests alike. The
  // worker is Node's to load, not the bundler's: Turbopack would try to bundle `new Worker(path)`
  // written out with the import, so the constructor is taken from Node at run time.
  const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");
  const started: Worker = new WorkerThread(path.join(process.cwd(), "lib/briefs/pdf-worker.mjs"));
  started.unref(); // an idle worker keeps no process alive
  started.on("message", ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    clearTimeout(job.timer);
    if (pdf) job.resolve(Buffer.from(pdf));
    else job.reject(new Error(error ?? "The PDF could not be laid out."));
  });
  const retire = (error: Error) => {
    if (worker === started) worker = null;
    failAll(error);
  };
  started.on("error", retire);
  started.on("exit", () => retire(new ServiceUnavailableError("The PDF renderer stopped.")));
  worker = started;
  return started;
}

/**
 * Lays a brief out as a PDF in a worker thread (lib/briefs/pdf-worker.mjs runs briefToPdf): the
 * server's thread stays free for other requests while a long brief is laid out. Same brief, same
 * bytes, as on the thread itself.
 */
export function renderBriefPdf(brief: Brief): Promise<Buffer> {
  nextId += 1;
  const id = nextId;
  const target = pdfWorker();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new ServiceUnavailableError("The PDF took too long to lay out."));
      if (worker === target) worker = null;
      void target.terminate();
    }, RENDER_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    target.postMessage({ id, brief });
  });
}
