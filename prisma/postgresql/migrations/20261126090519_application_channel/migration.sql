-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('online', 'office');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "channel" "ApplicationChannel" NOT NULL DEFAULT 'online',
ADD COLUMN     "registeredById" TEXT;

