-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationEvent" ADD VALUE 'signatureReminder30';
ALTER TYPE "NotificationEvent" ADD VALUE 'signatureReminder7';
ALTER TYPE "NotificationEvent" ADD VALUE 'signatureReminder1';

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "remindersOff" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SignatureIssue" ADD COLUMN     "renewalToken" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_renewalToken_key" ON "SignatureIssue"("renewalToken");

