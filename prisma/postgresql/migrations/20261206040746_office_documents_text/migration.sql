-- AlterTable
ALTER TABLE "CompanySettings" ADD COLUMN     "documentsKy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "documentsRu" TEXT NOT NULL DEFAULT '';

