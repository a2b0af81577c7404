-- CreateEnum
CREATE TYPE "MoneyRequestKind" AS ENUM ('officePayment', 'registryPayment', 'balanceAdjustment', 'reversal');

-- CreateEnum
CREATE TYPE "MoneyRequestState" AS ENUM ('pending', 'approved', 'rejected');

-- AlterEnum
ALTER TYPE "ReconciliationResolution" ADD VALUE 'reversed';

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "reversesId" INTEGER;

-- CreateTable
CREATE TABLE "MoneyRequest" (
    "id" SERIAL NOT NULL,
    "kind" "MoneyRequestKind" NOT NULL,
    "state" "MoneyRequestState" NOT NULL DEFAULT 'pending',
    "change" TEXT NOT NULL,
    "amountTyiyn" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "office" TEXT,
    "clientId" INTEGER,
    "invoiceId" INTEGER,
    "paymentId" INTEGER,
    "reconciliationItemId" INTEGER,
    "requestedById" TEXT NOT NULL,
    "requestedByEmail" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByEmail" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionComment" TEXT,
    "resultPaymentId" INTEGER,

    CONSTRAINT "MoneyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MoneyRequest_state_requestedAt_idx" ON "MoneyRequest"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "MoneyRequest_paymentId_idx" ON "MoneyRequest"("paymentId");

-- CreateIndex
CREATE INDEX "MoneyRequest_clientId_idx" ON "MoneyRequest"("clientId");

-- CreateIndex
CREATE INDEX "MoneyRequest_reconciliationItemId_idx" ON "MoneyRequest"("reconciliationItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reversesId_key" ON "Payment"("reversesId");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

