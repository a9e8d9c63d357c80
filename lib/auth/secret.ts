import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

// turbopackIgnore: the path is fixed at run time; it must not make the build trace the whole project.
const SECRET_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma/data/auth-secret");

/**
 * The key Better Auth signs cookies with. BETTER_AUTH_SECRET wins when set; otherwise a fresh
 * install generates one random secret, once, into a git-ignored file readable only by its owner,
 * so that `npm start` works on a machine with no environment variables and sessions survive restarts.
 */
export function resolveAuthSecret(file = SECRET_FILE): string {
  const fromEnv = env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two processes start together, the second one reads the first one's secret.
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return fs.readFileSync(file, "utf8").trim();
  }
}
