import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NOTE_MAX_LENGTH, noteInputSchema, noteUpdateSchema } from "@/lib/validations/notes";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

describe("note schemas", () => {
  it("accepts Markdown up to 20,000 characters and defaults to shared", () => {
    expect(noteInputSchema.parse({ body: "# Hi\n\n- a" })).toEqual({ body: "# Hi\n\n- a", visibility: "shared" });
    expect(noteInputSchema.safeParse({ body: "x".repeat(NOTE_MAX_LENGTH), visibility: "private" }).success).toBe(true);
  });

  it("refuses empty and whitespace-only notes with a message on the body field", () => {
    for (const body of ["", "   \n\t", undefined]) {
      const result = noteInputSchema.safeParse({ body });
      expect(result.success).toBe(false);
      expect(fieldErrors(result)).toHaveProperty("body");
    }
  });

  it("refuses a note one character over the limit", () => {
    const result = noteInputSchema.safeParse({ body: "x".repeat(NOTE_MAX_LENGTH + 1) });
    expect(fieldErrors(result)).toEqual({ body: ["A note can have at most 20,000 characters."] });
  });

  it("refuses unknown visibilities and empty edits", () => {
    expect(fieldErrors(noteInputSchema.safeParse({ body: "a", visibility: "public" }))).toHaveProperty("visibility");
    expect(noteUpdateSchema.safeParse({}).success).toBe(false);
    expect(noteUpdateSchema.parse({ visibility: "private" })).toEqual({ visibility: "private" });
  });
});
