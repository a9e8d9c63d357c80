-- Recommended actions become a search document type (hand-written; see README "Search", "Adding a
-- document type"). An action's text: its id and titles (title), its summaries and the names of the
-- agencies it names as leads and partners (body), with the same Hangul bigrams as every document.

CREATE VIEW "search_source_action" AS
  SELECT 'action' AS type, a.id AS source_id, 'public' AS visibility, NULL AS owner_id,
         printf('%04d', a.sequence) AS sort_key,
         a.id || ' ' || a.titleEn || ' ' || a.titleKo AS title,
         a.summaryEn || ' ' || a.summaryKo || ' ' || coalesce((
           SELECT group_concat(coalesce(g.abbreviation, '') || ' ' || g.nameEn || ' ' || g.nameKo, ' ')
           FROM ActionAgency aa JOIN Agency g ON g.id = aa.agencyId WHERE aa.actionId = a.id), '') AS body
  FROM Action a;

DROP VIEW "search_entry";
DROP VIEW "search_source";
CREATE VIEW "search_source" AS
  SELECT * FROM search_source_measure
  UNION ALL SELECT * FROM search_source_note
  UNION ALL SELECT * FROM search_source_event
  UNION ALL SELECT * FROM search_source_action;

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

-- An action is about its measure (its pillar, sectors and key policies come from there).
DROP VIEW "search_facet";
DROP VIEW "search_link";
CREATE VIEW "search_link" AS
  SELECT 'measure' AS type, m.id AS source_id, m.id AS measure_id FROM Measure m
  UNION ALL SELECT 'note', n.id, n.measureId FROM Note n WHERE n.measureId IS NOT NULL
  UNION ALL SELECT 'event', em.eventId, em.measureId FROM EventMeasure em
  UNION ALL SELECT 'action', a.id, a.measureId FROM Action a;

CREATE VIEW "search_facet" AS
  SELECT l.type AS type, l.source_id AS source_id, 'pillar' AS facet, m.pillarId AS value
    FROM search_link l JOIN Measure m ON m.id = l.measure_id
  UNION SELECT l.type, l.source_id, 'sector', ms.sectorId
    FROM search_link l JOIN MeasureSector ms ON ms.measureId = l.measure_id
  UNION SELECT 'note', n.id, 'sector', n.sectorId FROM Note n WHERE n.sectorId IS NOT NULL
  UNION SELECT l.type, l.source_id, 'policy', kp.keyPolicyId
    FROM search_link l JOIN KeyPolicyMeasure kp ON kp.measureId = l.measure_id;

CREATE TRIGGER "search_action_insert" AFTER INSERT ON "Action" BEGIN
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_action WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'action' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_action_update" AFTER UPDATE ON "Action" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'action' AND source_id IN (OLD.id, NEW.id));
  DELETE FROM search_document WHERE type = 'action' AND source_id IN (OLD.id, NEW.id);
  INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
    SELECT (SELECT catalogue FROM search_next_id), type, source_id, visibility, owner_id, sort_key FROM search_source_action WHERE source_id = NEW.id;
  INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'action' AND source_id = NEW.id;
END;

CREATE TRIGGER "search_action_delete" AFTER DELETE ON "Action" BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_document WHERE type = 'action' AND source_id = OLD.id);
  DELETE FROM search_document WHERE type = 'action' AND source_id = OLD.id;
END;

-- An action's text includes its agencies' names.
CREATE TRIGGER "search_action_agency_insert" AFTER INSERT ON "ActionAgency" BEGIN
  UPDATE Action SET id = id WHERE id = NEW.actionId;
END;

CREATE TRIGGER "search_action_agency_update" AFTER UPDATE ON "ActionAgency" BEGIN
  UPDATE Action SET id = id WHERE id IN (OLD.actionId, NEW.actionId);
END;

CREATE TRIGGER "search_action_agency_delete" AFTER DELETE ON "ActionAgency" BEGIN
  UPDATE Action SET id = id WHERE id = OLD.actionId;
END;

CREATE TRIGGER "search_agency_update" AFTER UPDATE OF abbreviation, nameEn, nameKo ON "Agency" BEGIN
  UPDATE Action SET id = id WHERE id IN (SELECT actionId FROM ActionAgency WHERE agencyId = NEW.id);
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
