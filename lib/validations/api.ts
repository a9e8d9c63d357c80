/** Query parameters of the public API's measure list (and the measures export). */
import { z } from "zod";
import { IMPLEMENTATION_STATUSES } from "./status";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const measureFiltersSchema = z.strictObject({
  pillar: z.preprocess(
    blankToUndefined,
    z.enum(["I", "II", "III"], { message: "pillar must be I, II or III." }).optional(),
  ),
  sector: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, "sector must be a sector id.")
      .optional(),
  ),
  status: z.preprocess(
    blankToUndefined,
    z
      .enum(IMPLEMENTATION_STATUSES, { message: `status must be one of ${IMPLEMENTATION_STATUSES.join(", ")}.` })
      .optional(),
  ),
});

export type MeasureFilters = z.output<typeof measureFiltersSchema>;
