/** What an admin sends to manage an account: one schema per action on the admin page. */
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newPassword } from "./auth";
import { VALIDATION_MESSAGES } from "./messages";

const userId = z
  .string({ error: VALIDATION_MESSAGES.accountMissing })
  .trim()
  .min(1, { error: VALIDATION_MESSAGES.accountMissing })
  .max(64);

/** Only a ticked checkbox ("on", as a browser sends it) confirms; works without JavaScript. */
const confirmed = z.literal("on", { error: VALIDATION_MESSAGES.confirmRequired });

export const changeRoleSchema = z.object({ userId, role: z.enum(ROLES, { error: VALIDATION_MESSAGES.roleInvalid }) });

export const deactivateAccountSchema = z.object({ userId, confirm: confirmed });

export const reactivateAccountSchema = z.object({ userId, confirm: confirmed });

export const setAccountPasswordSchema = z.object({ userId, newPassword });
