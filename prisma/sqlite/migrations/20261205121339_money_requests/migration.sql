-- CreateTable
CREATE TABLE "MoneyRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
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
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByEmail" TEXT,
    "decidedAt" DATETIME,
    "decisionComment" TEXT,
    "resultPaymentId" INTEGER
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "service" TEXT NOT NULL,
    "method" TEXT NOT NULL DEFAULT 'megapay',
    "providerTxnId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "sumTyiyn" BIGINT NOT NULL,
    "providerTxnAt" DATETIME NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientId" INTEGER,
    "invoiceId" INTEGER,
    "receiptNumber" TEXT,
    "receiptShown" TEXT,
    "office" TEXT,
    "recordedById" TEXT,
    "providerRequest" TEXT,
    "reversesId" INTEGER,
    CONSTRAINT "Payment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("account", "clientId", "id", "invoiceId", "method", "office", "providerRequest", "providerTxnAt", "providerTxnId", "receiptNumber", "receiptShown", "receivedAt", "recordedById", "service", "sumTyiyn") SELECT "account", "clientId", "id", "invoiceId", "method", "office", "providerRequest", "providerTxnAt", "providerTxnId", "receiptNumber", "receiptShown", "receivedAt", "recordedById", "service", "sumTyiyn" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_reversesId_key" ON "Payment"("reversesId");
CREATE INDEX "Payment_clientId_idx" ON "Payment"("clientId");
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");
CREATE INDEX "Payment_providerTxnId_idx" ON "Payment"("providerTxnId");
CREATE INDEX "Payment_receiptNumber_idx" ON "Payment"("receiptNumber");
CREATE INDEX "Payment_account_idx" ON "Payment"("account");
CREATE INDEX "Payment_sumTyiyn_idx" ON "Payment"("sumTyiyn");
CREATE INDEX "Payment_method_office_sumTyiyn_idx" ON "Payment"("method", "office", "sumTyiyn");
CREATE UNIQUE INDEX "Payment_service_providerTxnId_key" ON "Payment"("service", "providerTxnId");
CREATE UNIQUE INDEX "Payment_method_receiptNumber_key" ON "Payment"("method", "receiptNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MoneyRequest_state_requestedAt_idx" ON "MoneyRequest"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "MoneyRequest_paymentId_idx" ON "MoneyRequest"("paymentId");

-- CreateIndex
CREATE INDEX "MoneyRequest_clientId_idx" ON "MoneyRequest"("clientId");

-- CreateIndex
CREATE INDEX "MoneyRequest_reconciliationItemId_idx" ON "MoneyRequest"("reconciliationItemId");

