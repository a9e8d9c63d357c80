/** What an analyst can follow: a measure (by id) or a sector (by id). */
import { z } from "zod";
import { measureIdField } from "./fields";

export const followTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("measure"), id: measureIdField }),
  z.object({ kind: z.literal("sector"), id: z.string().regex(/^[a-z0-9-]{1,40}$/, "Unknown sector.") }),
]);

export type FollowTarget = z.output<typeof followTargetSchema>;
