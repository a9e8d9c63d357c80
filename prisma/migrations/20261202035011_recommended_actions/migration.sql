-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "abbreviation" TEXT,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "parentId" TEXT,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleKo" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "summaryKo" TEXT NOT NULL,
    CONSTRAINT "Action_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionAgency" (
    "actionId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("actionId", "agencyId"),
    CONSTRAINT "ActionAgency_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionSource" (
    "actionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("actionId", "sourceId"),
    CONSTRAINT "ActionSource_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SourceDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventAction" (
    "eventId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "actionId"),
    CONSTRAINT "EventAction_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "actionId" TEXT,
    "status" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "sourceUrls" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusChange_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_StatusChange" ("authorId", "createdAt", "id", "measureId", "reason", "sourceUrls", "status", "verified") SELECT "authorId", "createdAt", "id", "measureId", "reason", "sourceUrls", "status", "verified" FROM "StatusChange";
DROP TABLE "StatusChange";
ALTER TABLE "new_StatusChange" RENAME TO "StatusChange";
CREATE INDEX "StatusChange_measureId_createdAt_idx" ON "StatusChange"("measureId", "createdAt");
CREATE INDEX "StatusChange_actionId_createdAt_idx" ON "StatusChange"("actionId", "createdAt");
CREATE INDEX "StatusChange_createdAt_idx" ON "StatusChange"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Action_sequence_key" ON "Action"("sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Action_measureId_position_key" ON "Action"("measureId", "position");

-- CreateIndex
CREATE INDEX "ActionAgency_agencyId_role_idx" ON "ActionAgency"("agencyId", "role");

-- CreateIndex
CREATE INDEX "ActionSource_sourceId_idx" ON "ActionSource"("sourceId");

-- CreateIndex
CREATE INDEX "EventAction_actionId_eventId_idx" ON "EventAction"("actionId", "eventId");

-- Redefining "StatusChange" above dropped its append-only triggers (20261124053100_status_changes_append_only):
-- create them again, so the history stays impossible to rewrite or erase. Every old row was copied
-- above with actionId null: it stays a measure-level entry of the history.
CREATE TRIGGER "StatusChange_no_update" BEFORE UPDATE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TRIGGER "StatusChange_no_delete" BEFORE DELETE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'status history is append-only');
END;
