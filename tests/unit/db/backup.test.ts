import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { createSeededDatabase, makeTempDir } from "@/tests/support/test-database";

const dir = makeTempDir("backup-");
const live = path.join(dir, "live.db");
const clients: ReturnType<typeof createPrismaClient>[] = [];
afterAll(async () => Promise.all(clients.map((client) => client.$disconnect())));

describe("db:backup and db:restore", () => {
  it("round-trips analysts' data while a client keeps the database open", async () => {
    await createSeededDatabase(live);
    const app = createPrismaClient(`file:${live}`);
    clients.push(app);
    const author = await app.user.create({ data: { id: "u1", name: "Kim", email: "kim@example.com" } });
    await app.note.create({ data: { body: "Before the backup", measureId: "II-2", authorId: author.id } });

    // Writes keep landing while the backup runs; the copy is a consistent snapshot either way.
    const writes = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.note.create({ data: { body: `During ${i}`, measureId: "II-2", authorId: author.id } }),
      ),
    );
    const backup = await backupDatabase(live, path.join(dir, "backup.db"));
    await writes;
    expect(backup.bytes).toBeGreaterThan(0);

    const snapshot = createPrismaClient(`file:${backup.file}`);
    clients.push(snapshot);
    const backedUp = await snapshot.note.count();
    expect(backedUp).toBeGreaterThanOrEqual(1);
    expect(await snapshot.measure.count()).toBe(30);

    await app.note.deleteMany({});
    await app.note.create({ data: { body: "After the backup", measureId: "I-1", authorId: author.id } });

    await restoreDatabase(backup.file, live);
    const bodies = (await app.note.findMany({ orderBy: { createdAt: "asc" }, select: { body: true } })).map(
      (n) => n.body,
    );
    expect(bodies).toHaveLength(backedUp);
    expect(bodies[0]).toBe("Before the backup");
    expect(bodies).not.toContain("After the backup");
  });

  it("refuses to overwrite an existing file or to restore something that is not a backup", async () => {
    const existing = path.join(dir, "taken.db");
    fs.writeFileSync(existing, "");
    await expect(backupDatabase(live, existing)).rejects.toThrow("already exists");

    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database at all");
    await expect(restoreDatabase(junk, live)).rejects.toThrow();
    const app = createPrismaClient(`file:${live}`);
    clients.push(app);
    expect(await app.measure.count()).toBe(30);
  });
});
