/**
 * npm run user:create -- --email a@b.c --name "Kim" --role admin|analyst [--token]
 * Creates an account (the first admin on a fresh install). The password comes from USER_PASSWORD
 * or a hidden prompt, never from the command line, where it would land in shell history.
 */

import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { applyMigrations } from "../../prisma/migrations-runner";
import { issueApiToken } from "../auth/api-tokens";
import { createAccount } from "../auth/create-account";
import { createAuth } from "../auth/create-auth";
import { createPrismaClient } from "../db/client";
import { databaseFile } from "../db/database-url";
import { env } from "../env";
import { createUserSchema } from "../validations/auth";

function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for the password: set USER_PASSWORD.");
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => {}; // echo nothing while the password is typed
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "analyst" },
      token: { type: "boolean", default: false },
    },
  });
  const password = env.USER_PASSWORD ?? (await promptHidden("Password: "));
  const parsed = createUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    throw new Error(
      Object.entries(fields)
        .map(([field, messages]) => `--${field}: ${messages?.[0]}`)
        .join("\n"),
    );
  }
  applyMigrations(databaseFile());
  const client = createPrismaClient();
  try {
    const user = await createAccount(createAuth(client), parsed.data);
    console.log(`Created ${parsed.data.role} ${user.email}.`);
    if (values.token) {
      const { token } = await issueApiToken(client, user.id, "user:create");
      console.log(`API token (shown once): ${token}`);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
