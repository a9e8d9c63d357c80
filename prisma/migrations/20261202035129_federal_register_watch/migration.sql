-- CreateTable
CREATE TABLE "WatchQuery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "term" TEXT,
    "agencies" TEXT NOT NULL DEFAULT '[]',
    "documentTypes" TEXT NOT NULL DEFAULT '[]',
    "actionIds" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WatchQuery_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WatchRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trigger" TEXT NOT NULL,
    "triggeredById" TEXT,
    "since" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    CONSTRAINT "WatchRun_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InboxCandidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documentType" TEXT NOT NULL,
    "agencies" TEXT NOT NULL,
    "publicationDate" TEXT NOT NULL,
    "abstract" TEXT,
    "htmlUrl" TEXT NOT NULL,
    "pdfUrl" TEXT,
    "suggestedActionIds" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'new',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "eventId" TEXT,
    "runId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InboxCandidate_runId_fkey" FOREIGN KEY ("runId") REFERENCES "WatchRun" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InboxCandidate_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InboxCandidate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WatchRun_ok_startedAt_idx" ON "WatchRun"("ok", "startedAt");

-- CreateIndex
CREATE INDEX "WatchRun_startedAt_idx" ON "WatchRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboxCandidate_documentNumber_key" ON "InboxCandidate"("documentNumber");

-- CreateIndex
CREATE UNIQUE INDEX "InboxCandidate_eventId_key" ON "InboxCandidate"("eventId");

-- CreateIndex
CREATE INDEX "InboxCandidate_status_publicationDate_idx" ON "InboxCandidate"("status", "publicationDate");

-- The default watch query, so that a fresh install watches out of the box (admins may edit or
-- delete it; nothing re-creates it).
INSERT INTO "WatchQuery" ("id", "term", "agencies", "documentTypes", "actionIds", "updatedAt")
VALUES ('default-artificial-intelligence', 'artificial intelligence', '[]', '[]', '[]', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
