import "server-only";
import { createPrismaClient, type PrismaClient } from "./db/client";
import { env } from "./env";

// One client per process. Next's dev server re-evaluates modules on every change, so the
// instance is kept on globalThis outside production and read back from it first.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
