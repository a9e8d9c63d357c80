-- CreateIndex
CREATE INDEX "Note_deletedAt_createdAt_idx" ON "Note"("deletedAt", "createdAt");
