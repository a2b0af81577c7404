-- CreateTable
CREATE TABLE "BankStatement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "account" TEXT,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "openingTyiyn" BIGINT,
    "closingTyiyn" BIGINT,
    "incomingCount" INTEGER NOT NULL,
    "incomingTyiyn" BIGINT NOT NULL,
    "outgoingCount" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BankTransfer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "identity" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "receivedOn" DATETIME,
    "amountTyiyn" BIGINT NOT NULL,
    "payerName" TEXT NOT NULL,
    "payerInn" TEXT,
    "payerAccount" TEXT,
    "purpose" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "waitReason" TEXT,
    "invoiceId" INTEGER,
    "clientId" INTEGER,
    "paymentId" INTEGER,
    "moneyRequestId" INTEGER,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankTransfer_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "transferId" INTEGER NOT NULL,
    "seenBefore" BOOLEAN NOT NULL,
    CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BankStatementLine_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "BankTransfer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CompanySettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "legalNameKy" TEXT NOT NULL DEFAULT '',
    "legalNameRu" TEXT NOT NULL DEFAULT '',
    "registryTxnIdColumn" TEXT NOT NULL DEFAULT '',
    "registryDateColumn" TEXT NOT NULL DEFAULT '',
    "registryAccountColumn" TEXT NOT NULL DEFAULT '',
    "registrySumColumn" TEXT NOT NULL DEFAULT '',
    "registryServiceColumn" TEXT NOT NULL DEFAULT '',
    "sellerInn" TEXT NOT NULL DEFAULT '',
    "bankName" TEXT NOT NULL DEFAULT '',
    "bankBic" TEXT NOT NULL DEFAULT '',
    "bankAccount" TEXT NOT NULL DEFAULT '',
    "paymentCode" TEXT NOT NULL DEFAULT '',
    "otherBankAccounts" TEXT NOT NULL DEFAULT '',
    "statementDateColumn" TEXT NOT NULL DEFAULT '',
    "statementNumberColumn" TEXT NOT NULL DEFAULT '',
    "statementAmountColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerInnColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerAccountColumn" TEXT NOT NULL DEFAULT '',
    "statementPurposeColumn" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CompanySettings" ("id", "legalNameKy", "legalNameRu", "registryAccountColumn", "registryDateColumn", "registryServiceColumn", "registrySumColumn", "registryTxnIdColumn", "updatedAt") SELECT "id", "legalNameKy", "legalNameRu", "registryAccountColumn", "registryDateColumn", "registryServiceColumn", "registrySumColumn", "registryTxnIdColumn", "updatedAt" FROM "CompanySettings";
DROP TABLE "CompanySettings";
ALTER TABLE "new_CompanySettings" RENAME TO "CompanySettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

