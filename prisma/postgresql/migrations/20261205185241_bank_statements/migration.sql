-- CreateEnum
CREATE TYPE "BankStatementFormat" AS ENUM ('oneC', 'table');

-- CreateEnum
CREATE TYPE "BankTransferState" AS ENUM ('recorded', 'waiting', 'notOurs');

-- CreateEnum
CREATE TYPE "BankTransferMatch" AS ENUM ('invoiceNumber', 'innAndAmount', 'sociTopUp', 'none');

-- AlterTable
ALTER TABLE "CompanySettings" ADD COLUMN     "bankAccount" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bankBic" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bankName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "otherBankAccounts" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paymentCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sellerInn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementAmountColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementDateColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementNumberColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementPayerAccountColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementPayerColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementPayerInnColumn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statementPurposeColumn" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" SERIAL NOT NULL,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" "BankStatementFormat" NOT NULL,
    "account" TEXT,
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "openingTyiyn" BIGINT,
    "closingTyiyn" BIGINT,
    "incomingCount" INTEGER NOT NULL,
    "incomingTyiyn" BIGINT NOT NULL,
    "outgoingCount" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankTransfer" (
    "id" SERIAL NOT NULL,
    "identity" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "receivedOn" TIMESTAMP(3),
    "amountTyiyn" BIGINT NOT NULL,
    "payerName" TEXT NOT NULL,
    "payerInn" TEXT,
    "payerAccount" TEXT,
    "purpose" TEXT NOT NULL,
    "state" "BankTransferState" NOT NULL,
    "match" "BankTransferMatch" NOT NULL,
    "waitReason" TEXT,
    "invoiceId" INTEGER,
    "clientId" INTEGER,
    "paymentId" INTEGER,
    "moneyRequestId" INTEGER,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "transferId" INTEGER NOT NULL,
    "seenBefore" BOOLEAN NOT NULL,

    CONSTRAINT "BankStatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankStatement_fileHash_key" ON "BankStatement"("fileHash");

-- CreateIndex
CREATE INDEX "BankStatement_uploadedAt_idx" ON "BankStatement"("uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BankTransfer_paymentId_key" ON "BankTransfer"("paymentId");

-- CreateIndex
CREATE INDEX "BankTransfer_state_date_idx" ON "BankTransfer"("state", "date");

-- CreateIndex
CREATE INDEX "BankTransfer_moneyRequestId_idx" ON "BankTransfer"("moneyRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "BankTransfer_identity_occurrence_key" ON "BankTransfer"("identity", "occurrence");

-- CreateIndex
CREATE INDEX "BankStatementLine_transferId_idx" ON "BankStatementLine"("transferId");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_statementId_line_key" ON "BankStatementLine"("statementId", "line");

-- AddForeignKey
ALTER TABLE "BankTransfer" ADD CONSTRAINT "BankTransfer_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "BankTransfer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

