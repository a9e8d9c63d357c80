import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const email = z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid e-mail address." }));
const newPassword = z
  .string()
  .min(10, { error: "Use at least 10 characters." })
  .max(128, { error: "Use at most 128 characters." });

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: "Enter your password." }).max(128, { error: "Use at most 128 characters." }),
});

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, { error: "Enter a name." }).max(100, { error: "Use at most 100 characters." }),
  role: z.enum(ROLES, { error: "Choose analyst or admin." }),
  password: newPassword,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(128),
  newPassword,
});

export const apiTokenNameSchema = z.object({
  name: z.string().trim().min(1, { error: "Name the token." }).max(60, { error: "Use at most 60 characters." }),
});
