-- CreateTable
CREATE TABLE "WhatsNewVisit" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "previousSeenAt" DATETIME,
    "lastSeenAt" DATETIME NOT NULL,
    CONSTRAINT "WhatsNewVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleKo" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "sourceUrl" TEXT,
    "sourceDocumentId" TEXT,
    "seedKey" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("createdAt", "createdById", "id", "occurredOn", "seedKey", "sourceUrl", "summaryEn", "summaryKo", "titleEn", "titleKo", "type", "updatedAt") SELECT "createdAt", "createdById", "id", "occurredOn", "seedKey", "sourceUrl", "summaryEn", "summaryKo", "titleEn", "titleKo", "type", "updatedAt" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_seedKey_key" ON "Event"("seedKey");
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");
CREATE INDEX "Event_createdAt_idx" ON "Event"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
