/**
 * Loaded into the production server by `npm run bench:profile` only (node --import): SIGUSR2 starts
 * V8's CPU profiler on the server's own thread, the next SIGUSR2 stops it and writes the profile to
 * CPU_PROFILE_FILE. The app's code is not touched.
 */
import fs from "node:fs";
import inspector from "node:inspector/promises";

const file = process.env.CPU_PROFILE_FILE;
const session = new inspector.Session();
session.connect();
let running = false;

process.on("SIGUSR2", async () => {
  if (!file) return;
  if (!running) {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 }); // µs
    await session.post("Profiler.start");
    running = true;
    return;
  }
  running = false;
  const { profile } = await session.post("Profiler.stop");
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(profile));
  fs.renameSync(`${file}.tmp`, file); // appears whole, so the bench can wait for it
});
