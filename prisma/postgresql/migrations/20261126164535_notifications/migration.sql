-- CreateEnum
CREATE TYPE "NotificationEvent" AS ENUM ('invoiceIssued', 'paymentRecorded');

-- CreateEnum
CREATE TYPE "NotificationState" AS ENUM ('pending', 'sent', 'skipped', 'failed');

-- AlterTable
ALTER TABLE "OfficeSettings" ADD COLUMN     "email" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "event" "NotificationEvent" NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "state" "NotificationState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "clientSentAt" TIMESTAMP(3),
    "officeSentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_state_nextAttemptAt_idx" ON "Notification"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_event_subjectId_key" ON "Notification"("event", "subjectId");

