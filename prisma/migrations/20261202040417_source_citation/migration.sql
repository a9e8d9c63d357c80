-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN "citation" TEXT;
