-- CreateTable
CREATE TABLE "DeadlineAction" (
    "deadlineId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,

    PRIMARY KEY ("deadlineId", "actionId"),
    CONSTRAINT "DeadlineAction_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "Deadline" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeadlineAction_actionId_idx" ON "DeadlineAction"("actionId");
