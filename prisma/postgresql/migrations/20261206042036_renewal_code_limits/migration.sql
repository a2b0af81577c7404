-- AlterTable
ALTER TABLE "SignatureIssue" ADD COLUMN     "codeHourStart" TIMESTAMP(3),
ADD COLUMN     "codesInHour" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "RenewalCode" ADD COLUMN     "requestKey" TEXT NOT NULL DEFAULT '';

