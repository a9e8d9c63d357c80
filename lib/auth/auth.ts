import "server-only";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { createAuth } from "./create-auth";

/** The app's Better Auth instance; nextCookies() lets server actions set the session cookie. */
export const auth = createAuth(db, [nextCookies()]);
