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

-- Redefining "Event" above dropped the search index's triggers on it (see the rule at the top of
-- 20261124050000_search_index): re-create them, copied from that migration, then rebuild the index.
CREATE TRIGGER "search_event_insert" AFTER INSERT ON "Event" BEGIN
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_event WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'event' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_event_update" AFTER UPDATE ON "Event" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'event' AND source_id IN (OLD.id, NEW.id));
  DELETE FROM search_document WHERE type = 'event' AND source_id IN (OLD.id, NEW.id);
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_event WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'event' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_event_delete" AFTER DELETE ON "Event" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'event' AND source_id = OLD.id);
  DELETE FROM search_document WHERE type = 'event' AND source_id = OLD.id;
END;

DELETE FROM search_index;
DELETE FROM search_note_index;
DELETE FROM search_document;
INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
  SELECT CASE WHEN type = 'note' THEN 1000000000000 ELSE 1 END
           + row_number() OVER (PARTITION BY type = 'note' ORDER BY type, sort_key, source_id) - 1,
         type, source_id, visibility, owner_id, sort_key
  FROM search_source;
INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
  SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type <> 'note';
INSERT INTO search_note_index (rowid, title, body, title_grams, body_grams)
  SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'note';
