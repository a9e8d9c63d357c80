import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { VALIDATION_MESSAGES } from "./messages";
import { personName, trimmedText } from "./text";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: VALIDATION_MESSAGES.emailInvalid }));
/** The password rules: the same for sign-up, a change of one's own and one an admin sets. */
export const newPassword = z
  .string()
  .min(10, { error: VALIDATION_MESSAGES.passwordTooShort })
  .max(128, { error: VALIDATION_MESSAGES.passwordTooLong });

export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, { error: VALIDATION_MESSAGES.passwordMissing })
    .max(128, { error: VALIDATION_MESSAGES.passwordTooLong }),
});

export const createUserSchema = z.object({
  email,
  name: personName,
  role: z.enum(ROLES, { error: VALIDATION_MESSAGES.roleInvalid }),
  password: newPassword,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: VALIDATION_MESSAGES.currentPasswordMissing }).max(128),
  newPassword,
});

export const apiTokenNameSchema = z.object({
  name: trimmedText(VALIDATION_MESSAGES.tokenNameMissing).pipe(
    z
      .string()
      .min(1, { error: VALIDATION_MESSAGES.tokenNameMissing })
      .max(60, { error: VALIDATION_MESSAGES.tokenNameTooLong }),
  ),
});

/** An analyst renames themselves on the account page: the one name rule, nothing else. */
export const renameSchema = z.object({ name: personName });

/** Changing one's password; the API tokens are revoked unless the analyst unticks the box. */
export const changePasswordFormSchema = z.object({
  currentPassword: z.string().min(1, { error: VALIDATION_MESSAGES.currentPasswordMissing }).max(128),
  newPassword,
  // A browser sends "on" for a ticked box and nothing for an unticked one.
  revokeTokens: z.literal("on").optional(),
});
