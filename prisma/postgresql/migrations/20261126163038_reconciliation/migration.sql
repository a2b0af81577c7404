-- CreateEnum
CREATE TYPE "ReconciliationClass" AS ENUM ('matched', 'missingHere', 'missingThere', 'sumDiffers', 'accountDiffers', 'duplicateRow', 'outsidePeriod');

-- CreateEnum
CREATE TYPE "ReconciliationResolution" AS ENUM ('recorded', 'explained');

-- AlterTable
ALTER TABLE "CompanySettings" ADD COLUMN     "registryAccountColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registryDateColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registryServiceColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registrySumColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registryTxnIdColumn" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" SERIAL NOT NULL,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconciliationItem" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "class" "ReconciliationClass" NOT NULL,
    "line" INTEGER,
    "service" TEXT NOT NULL,
    "txnId" TEXT NOT NULL,
    "account" TEXT,
    "sumTyiyn" BIGINT,
    "txnAt" TIMESTAMP(3),
    "paymentId" INTEGER,
    "resolution" "ReconciliationResolution",
    "comment" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ReconciliationItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReconciliationRun_fileHash_key" ON "ReconciliationRun"("fileHash");

-- CreateIndex
CREATE INDEX "ReconciliationRun_uploadedAt_idx" ON "ReconciliationRun"("uploadedAt");

-- CreateIndex
CREATE INDEX "ReconciliationItem_runId_class_idx" ON "ReconciliationItem"("runId", "class");

-- CreateIndex
CREATE INDEX "ReconciliationItem_resolution_idx" ON "ReconciliationItem"("resolution");

-- AddForeignKey
ALTER TABLE "ReconciliationItem" ADD CONSTRAINT "ReconciliationItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReconciliationRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

