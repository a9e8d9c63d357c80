-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectorId" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ticker" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'shared',
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Company_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Company_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompanyMeasure" (
    "companyId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,

    PRIMARY KEY ("companyId", "measureId"),
    CONSTRAINT "CompanyMeasure_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompanyMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompanyAction" (
    "companyId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,

    PRIMARY KEY ("companyId", "actionId"),
    CONSTRAINT "CompanyAction_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompanyAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompanyRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "nameKo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "ticker" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "visibility" TEXT NOT NULL,
    "measureIds" TEXT NOT NULL,
    "actionIds" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CompanyRevision_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompanyRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Company_sectorId_deletedAt_idx" ON "Company"("sectorId", "deletedAt");

-- CreateIndex
CREATE INDEX "Company_authorId_deletedAt_idx" ON "Company"("authorId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Company_market_ticker_key" ON "Company"("market", "ticker");

-- CreateIndex
CREATE INDEX "CompanyMeasure_measureId_idx" ON "CompanyMeasure"("measureId");

-- CreateIndex
CREATE INDEX "CompanyAction_actionId_idx" ON "CompanyAction"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRevision_companyId_number_key" ON "CompanyRevision"("companyId", "number");

-- ─── Search: companies as a document type (docs/search.md, "Adding a document type") ──────
-- A company is a catalogue document (search_index, ranked by bm25) with the visibility of a
-- note: 'shared' or 'private' with its author as owner, so lib/search/search.ts's visibleTo
-- hides every company from signed-out readers and another analyst's private ones. Its title is
-- the ticker, market and both names (Hangul bigrams make 2-syllable Korean names match), its
-- body the rationale. Deleted companies leave the index.
--
-- This comes after 20261202043000_search_actions and re-creates search_source (and the views
-- that read it) with every type so far: a later migration that re-creates search_source must
-- keep search_source_company in it, or companies silently drop out of search.
CREATE VIEW "search_source_company" AS
  SELECT 'company' AS type, c.id AS source_id, c.visibility AS visibility, c.authorId AS owner_id,
         c.nameEn AS sort_key,
         c.ticker || ' ' || c.market || ' ' || c.nameEn || ' ' || c.nameKo AS title,
         c.rationale AS body
  FROM Company c WHERE c.deletedAt IS NULL;

DROP VIEW "search_entry";
DROP VIEW "search_source";
CREATE VIEW "search_source" AS
  SELECT * FROM search_source_measure
  UNION ALL SELECT * FROM search_source_note
  UNION ALL SELECT * FROM search_source_event
  UNION ALL SELECT * FROM search_source_action
  UNION ALL SELECT * FROM search_source_company;

-- Unchanged from 20261124050000_search_index; re-created because it reads search_source.
CREATE VIEW "search_entry" AS
  SELECT d.id AS doc_id, s.type AS type, s.source_id AS source_id, s.title AS title, s.body AS body,
    (SELECT group_concat(CASE WHEN substr(s.title, p.n + 1, 1) BETWEEN '가' AND '힣'
                              THEN substr(s.title, p.n, 2) ELSE substr(s.title, p.n, 1) END, ' ' ORDER BY p.n)
     FROM search_position p WHERE p.n <= length(s.title) AND substr(s.title, p.n, 1) BETWEEN '가' AND '힣') AS title_grams,
    (SELECT group_concat(CASE WHEN substr(s.body, p.n + 1, 1) BETWEEN '가' AND '힣'
                              THEN substr(s.body, p.n, 2) ELSE substr(s.body, p.n, 1) END, ' ' ORDER BY p.n)
     FROM search_position p WHERE p.n <= length(s.body) AND substr(s.body, p.n, 1) BETWEEN '가' AND '힣') AS body_grams
  FROM search_source s JOIN search_document d ON d.type = s.type AND d.source_id = s.source_id;

CREATE TRIGGER "search_company_insert" AFTER INSERT ON "Company" BEGIN
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_company WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'company' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_company_update" AFTER UPDATE ON "Company" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'company' AND source_id IN (OLD.id, NEW.id));
  DELETE FROM search_document WHERE type = 'company' AND source_id IN (OLD.id, NEW.id);
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_company WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'company' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_company_delete" AFTER DELETE ON "Company" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'company' AND source_id = OLD.id);
  DELETE FROM search_document WHERE type = 'company' AND source_id = OLD.id;
END;

-- ─── Rebuild (as at the bottom of 20261124050000_search_index) ───────────────────────────
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
