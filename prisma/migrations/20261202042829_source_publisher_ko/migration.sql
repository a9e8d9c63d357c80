-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN "publisherKo" TEXT;
