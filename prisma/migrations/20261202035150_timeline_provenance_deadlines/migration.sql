-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN "seedKey" TEXT;

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "instrument" TEXT NOT NULL,
    "provisionEn" TEXT NOT NULL,
    "provisionKo" TEXT NOT NULL,
    "clockStart" TEXT NOT NULL,
    "periodEn" TEXT NOT NULL,
    "periodKo" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "noteEn" TEXT,
    "noteKo" TEXT
);

-- CreateTable
CREATE TABLE "DeadlineMeasure" (
    "deadlineId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,

    PRIMARY KEY ("deadlineId", "measureId"),
    CONSTRAINT "DeadlineMeasure_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "Deadline" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineEvent" (
    "deadlineId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "meets" BOOLEAN NOT NULL,

    PRIMARY KEY ("deadlineId", "eventId"),
    CONSTRAINT "DeadlineEvent_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "Deadline" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable: columns added in place (a redefinition would drop the search triggers on "Event")
ALTER TABLE "Event" ADD COLUMN "titleIsDescription" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Event" ADD COLUMN "issuingBody" TEXT;
ALTER TABLE "Event" ADD COLUMN "identifiers" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Event" ADD COLUMN "confidence" TEXT;
ALTER TABLE "Event" ADD COLUMN "sourceUrls" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Event" ADD COLUMN "planRole" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_sequence_key" ON "Deadline"("sequence");

-- CreateIndex
CREATE INDEX "Deadline_dueOn_idx" ON "Deadline"("dueOn");

-- CreateIndex
CREATE INDEX "DeadlineMeasure_measureId_idx" ON "DeadlineMeasure"("measureId");

-- CreateIndex
CREATE INDEX "DeadlineEvent_eventId_idx" ON "DeadlineEvent"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusChange_seedKey_key" ON "StatusChange"("seedKey");
