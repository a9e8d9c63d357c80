-- Status history is append-only: the database itself refuses to rewrite or erase it, whatever
-- code tries. (A later Prisma migration that redefines "StatusChange" drops these triggers and
-- must create them again.)
CREATE TRIGGER "StatusChange_no_update" BEFORE UPDATE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TRIGGER "StatusChange_no_delete" BEFORE DELETE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'status history is append-only');
END;
