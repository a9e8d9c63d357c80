/** Reading one content file and reporting its problems as `file: field: message`. */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content/ is invalid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ContentError";
  }
}

export type Problems = string[];

function formatPath(issuePath: PropertyKey[]): string {
  return issuePath.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

export function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>, problems: Problems): T | undefined {
  const relative = path.posix.join("content", path.relative(dir, path.join(dir, file)).split(path.sep).join("/"));
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  } catch (error) {
    problems.push(`${relative}: ${error instanceof Error ? error.message : "cannot be read"}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${relative}: ${formatPath(issue.path) || "(file)"}: ${issue.message}`);
  }
  return undefined;
}

export function parseList<T>(dir: string, file: string, schema: z.ZodType<T>, problems: Problems): T[] {
  return parseFile(dir, file, z.array(schema), problems) ?? [];
}

export function findDuplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

