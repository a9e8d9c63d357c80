/**
 * For the Playwright durability spec, which keeps database code out of its own process:
 *   tsx tests/support/durability/cli.ts prepare <db file> <writers>   → prints { slug, tokens }
 *   tsx tests/support/durability/cli.ts verify <db file> <acks.json>  → prints the report
 */
import fs from "node:fs";
import { prepareWritersDatabase, verifyWrites } from "./database";

const [command, file, argument] = process.argv.slice(2);
if (command === "prepare") {
  console.log(JSON.stringify(await prepareWritersDatabase(file, Number(argument))));
} else if (command === "verify") {
  console.log(JSON.stringify(verifyWrites(file, JSON.parse(fs.readFileSync(argument, "utf8")))));
} else {
  throw new Error("usage: cli.ts prepare <db> <writers> | verify <db> <acks.json>");
}
