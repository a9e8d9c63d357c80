/** Scratch copies of content/ for tests that feed the loader bad or edited content. */
import fs from "node:fs";
import path from "node:path";
import { CONTENT_DIR, ContentError, loadContent } from "@/lib/content/load";
import { makeTempDir } from "./test-database";

/** A scratch copy of content/ with one file changed by `edit`. */
export function contentWith(file: string, edit: (data: unknown) => unknown): string {
  const dir = makeTempDir("content-");
  fs.cpSync(CONTENT_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, JSON.stringify(edit(JSON.parse(fs.readFileSync(target, "utf8")))));
  return dir;
}

/** The problems the loader reports for `dir`; fails the test if it accepts it. */
export function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("content was accepted");
}
