/**
 * Runs before each test file: gives it its own copy of the seeded database, so lib/db.ts (which
 * reads DATABASE_URL when first imported) talks to a database no other file touches.
 */
import path from "node:path";
import { copyTemplateDatabase, makeTempDir } from "./test-database";

const file = path.join(makeTempDir(), "test.db");
copyTemplateDatabase(file);
process.env.DATABASE_URL = `file:${file}`;
