import { z } from "zod";

/**
 * `?lang=ko` asks for a spreadsheet to read: Korean headers and labels, addresses of Korean pages.
 * Without it an export speaks to tools: the stable English column names and values.
 */
export const exportLanguageSchema = z.object({
  lang: z.enum(["en", "ko"], { message: "Use lang=en or lang=ko." }).default("en"),
});
