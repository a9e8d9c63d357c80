#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on this network.
// Prisma's CLI only runs it for migrate/db commands; point people at our own tool instead.
process.stderr.write(
  "This project applies migrations with `npm run db:migrate` and creates them with " +
    "`npm run db:migrate:new -- <name>` (prisma/migrate.ts).\n",
);
process.exit(1);
