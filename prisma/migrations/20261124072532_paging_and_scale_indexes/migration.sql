-- DropIndex
DROP INDEX "Event_occurredOn_idx";

-- DropIndex
DROP INDEX "EventMeasure_measureId_idx";

-- DropIndex
DROP INDEX "Note_authorId_idx";

-- CreateIndex
CREATE INDEX "Event_occurredOn_createdAt_id_idx" ON "Event"("occurredOn", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EventMeasure_measureId_eventId_idx" ON "EventMeasure"("measureId", "eventId");

-- CreateIndex
CREATE INDEX "Note_measureId_deletedAt_visibility_authorId_idx" ON "Note"("measureId", "deletedAt", "visibility", "authorId");

-- CreateIndex
CREATE INDEX "Note_deletedAt_visibility_measureId_sectorId_idx" ON "Note"("deletedAt", "visibility", "measureId", "sectorId");

-- CreateIndex
CREATE INDEX "Note_authorId_deletedAt_visibility_measureId_sectorId_idx" ON "Note"("authorId", "deletedAt", "visibility", "measureId", "sectorId");
