-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "clientSmsSentAt" TIMESTAMP(3);

