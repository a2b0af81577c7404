-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "clientSmsSentAt" DATETIME;

