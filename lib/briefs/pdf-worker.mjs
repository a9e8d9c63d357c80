// The brief's PDF, laid out off the server's thread: a year's brief takes up to a second of CPU,
// which on the main thread would hold every other request. Plain JavaScript run by Node itself
// (not bundled by Next); it loads the TypeScript layout through tsx, which `npm start` runs on.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { briefToPdf } = await tsImport("./pdf.ts", import.meta.url);

parentPort.on("message", async ({ id, brief }) => {
  try {
    const pdf = await briefToPdf(brief);
    parentPort.postMessage({ id, pdf });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
