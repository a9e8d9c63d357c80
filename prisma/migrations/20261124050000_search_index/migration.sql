-- Full-text search over measures, notes and events (hand-written; see README, "Search").
--
-- search_index and search_note_index (FTS5, unicode61) hold, per document, its text and the Hangul bigrams of that
-- text: English words match by prefix, Korean matches as a phrase of bigrams, so 2-syllable
-- words (전력) and substrings (센터 in 데이터센터) are found. The bigrams are computed in SQL
-- (search_entry) because triggers cannot call application code; search_position is the list
-- of character positions they walk.
--
-- RULE: a later migration that rebuilds one of the watched tables (Prisma's "-- RedefineTables"
-- for Measure, MeasureSector, Sector, Note, Event) drops that table's triggers. Such a migration
-- must re-create them (copy them from here) and end with the rebuild at the bottom of this file.
-- tests/unit/search/index-integrity.test.ts fails until it does.

CREATE TABLE "search_position" ("n" INTEGER NOT NULL PRIMARY KEY);
INSERT INTO "search_position" ("n")
  WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20000)
  SELECT n FROM seq;

-- One row per indexed document; its id is the rowid in its FTS table. The catalogue (measures,
-- events: few) lives in search_index and is ranked by bm25; notes (many, written by analysts)
-- live in search_note_index, with ids from 1e12 up, and are read newest first, so the cost of
-- a common word never grows with the number of notes. search_next_id gives each range's next id.
CREATE TABLE "search_document" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "type" TEXT NOT NULL,
  "source_id" TEXT NOT NULL,
  "visibility" TEXT NOT NULL,
  "owner_id" TEXT,
  "sort_key" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_document_type_source_id_key" ON "search_document" ("type", "source_id");

CREATE VIEW "search_next_id" AS
  SELECT coalesce((SELECT max(id) FROM search_document WHERE id < 1000000000000), 0) + 1 AS catalogue,
         coalesce((SELECT max(id) FROM search_document WHERE id >= 1000000000000), 999999999999) + 1 AS note;

CREATE VIRTUAL TABLE "search_index" USING fts5(
  title, body, title_grams, body_grams,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "search_note_index" USING fts5(
  title, body, title_grams, body_grams,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What each document type contributes: one view per type (lib/search/sources/*.ts).
CREATE VIEW "search_source_measure" AS
  SELECT 'measure' AS type, m.id AS source_id, 'public' AS visibility, NULL AS owner_id,
         printf('%04d', m.sequence) AS sort_key,
         m.id || ' ' || m.titleEn || ' ' || m.titleKo AS title,
         m.summaryEn || ' ' || m.summaryKo || ' ' || coalesce((
           SELECT group_concat(s.nameEn || ' ' || s.nameKo || ' ' || ms.rationaleEn || ' ' || ms.rationaleKo, ' ')
           FROM MeasureSector ms JOIN Sector s ON s.id = ms.sectorId WHERE ms.measureId = m.id), '') AS body
  FROM Measure m;

CREATE VIEW "search_source_note" AS
  SELECT 'note' AS type, n.id AS source_id, n.visibility AS visibility, n.authorId AS owner_id,
         n.createdAt AS sort_key, '' AS title, n.body AS body
  FROM Note n WHERE n.deletedAt IS NULL;

CREATE VIEW "search_source_event" AS
  SELECT 'event' AS type, e.id AS source_id, 'public' AS visibility, NULL AS owner_id,
         e.occurredOn AS sort_key,
         coalesce(e.titleEn, '') || ' ' || coalesce(e.titleKo, '') AS title,
         coalesce(e.summaryEn, '') || ' ' || coalesce(e.summaryKo, '') AS body
  FROM Event e;

CREATE VIEW "search_source" AS
  SELECT * FROM search_source_measure
  UNION ALL SELECT * FROM search_source_note
  UNION ALL SELECT * FROM search_source_event;

-- A document's index row: its text plus Hangul bigrams. A syllable that ends a Hangul run is
-- also emitted alone, so runs never join across a space and 1-syllable prefixes still match.
CREATE VIEW "search_entry" AS
  SELECT d.id AS doc_id, s.type AS type, s.source_id AS source_id, s.title AS title, s.body AS body,
    (SELECT group_concat(CASE WHEN substr(s.title, p.n + 1, 1) BETWEEN '가' AND '힣'
                              THEN substr(s.title, p.n, 2) ELSE substr(s.title, p.n, 1) END, ' ' ORDER BY p.n)
     FROM search_position p WHERE p.n <= length(s.title) AND substr(s.title, p.n, 1) BETWEEN '가' AND '힣') AS title_grams,
    (SELECT group_concat(CASE WHEN substr(s.body, p.n + 1, 1) BETWEEN '가' AND '힣'
                              THEN substr(s.body, p.n, 2) ELSE substr(s.body, p.n, 1) END, ' ' ORDER BY p.n)
     FROM search_position p WHERE p.n <= length(s.body) AND substr(s.body, p.n, 1) BETWEEN '가' AND '힣') AS body_grams
  FROM search_source s JOIN search_document d ON d.type = s.type AND d.source_id = s.source_id;

-- The measures a document is about, and from them its facets (pillar, sector, key policy).
CREATE VIEW "search_link" AS
  SELECT 'measure' AS type, m.id AS source_id, m.id AS measure_id FROM Measure m
  UNION ALL SELECT 'note', n.id, n.measureId FROM Note n WHERE n.measureId IS NOT NULL
  UNION ALL SELECT 'event', em.eventId, em.measureId FROM EventMeasure em;

CREATE VIEW "search_facet" AS
  SELECT l.type AS type, l.source_id AS source_id, 'pillar' AS facet, m.pillarId AS value
    FROM search_link l JOIN Measure m ON m.id = l.measure_id
  UNION SELECT l.type, l.source_id, 'sector', ms.sectorId
    FROM search_link l JOIN MeasureSector ms ON ms.measureId = l.measure_id
  UNION SELECT 'note', n.id, 'sector', n.sectorId FROM Note n WHERE n.sectorId IS NOT NULL
  UNION SELECT l.type, l.source_id, 'policy', kp.keyPolicyId
    FROM search_link l JOIN KeyPolicyMeasure kp ON kp.measureId = l.measure_id;

-- ─── Triggers: every write path keeps the index in step ───────────────────────────────────

CREATE TRIGGER "search_measure_insert" AFTER INSERT ON "Measure" BEGIN
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_measure WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'measure' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_measure_update" AFTER UPDATE ON "Measure" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'measure' AND source_id IN (OLD.id, NEW.id));
  DELETE FROM search_document WHERE type = 'measure' AND source_id IN (OLD.id, NEW.id);
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_measure WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'measure' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_measure_delete" AFTER DELETE ON "Measure" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'measure' AND source_id = OLD.id);
  DELETE FROM search_document WHERE type = 'measure' AND source_id = OLD.id;
END;

-- A measure's text includes its sectors' names and rationales.
CREATE TRIGGER "search_measure_sector_insert" AFTER INSERT ON "MeasureSector" BEGIN
  UPDATE Measure SET id = id WHERE id = NEW.measureId;
END;

CREATE TRIGGER "search_measure_sector_update" AFTER UPDATE ON "MeasureSector" BEGIN
  UPDATE Measure SET id = id WHERE id IN (OLD.measureId, NEW.measureId);
END;

CREATE TRIGGER "search_measure_sector_delete" AFTER DELETE ON "MeasureSector" BEGIN
  UPDATE Measure SET id = id WHERE id = OLD.measureId;
END;

CREATE TRIGGER "search_sector_update" AFTER UPDATE OF nameEn, nameKo ON "Sector" BEGIN
  UPDATE Measure SET id = id WHERE id IN (SELECT measureId FROM MeasureSector WHERE sectorId = NEW.id);
END;

CREATE TRIGGER "search_note_insert" AFTER INSERT ON "Note" BEGIN
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT note FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_note WHERE source_id = NEW.id;
  INSERT INTO search_note_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'note' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_note_update" AFTER UPDATE ON "Note" BEGIN
  DELETE FROM search_note_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'note' AND source_id IN (OLD.id, NEW.id));
  DELETE FROM search_document WHERE type = 'note' AND source_id IN (OLD.id, NEW.id);
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT note FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_note WHERE source_id = NEW.id;
  INSERT INTO search_note_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'note' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_note_delete" AFTER DELETE ON "Note" BEGIN
  DELETE FROM search_note_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'note' AND source_id = OLD.id);
  DELETE FROM search_document WHERE type = 'note' AND source_id = OLD.id;
END;

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

-- ─── Rebuild (also what `npm run search:reindex` runs) ────────────────────────────────────
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
