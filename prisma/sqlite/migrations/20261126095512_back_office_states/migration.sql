-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "cancelReason" TEXT;
ALTER TABLE "Invoice" ADD COLUMN "issuedById" TEXT;
ALTER TABLE "Invoice" ADD COLUMN "office" TEXT;

-- AlterTable
ALTER TABLE "BalanceEntry" ADD COLUMN "comment" TEXT;
ALTER TABLE "BalanceEntry" ADD COLUMN "createdById" TEXT;

-- CreateTable
CREATE TABLE "SignatureIssue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "serial" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignatureIssue_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Client" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "inn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "balanceTyiyn" BIGINT NOT NULL DEFAULT 0,
    "sociConnected" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
-- Hand-edited: clients that exist before the back office start connected to SOChI.
INSERT INTO "new_Client" ("balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "updatedAt", "sociConnected") SELECT "balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "updatedAt", true FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE UNIQUE INDEX "Client_inn_key" ON "Client"("inn");
CREATE TABLE "new_Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientId" INTEGER NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "inn" TEXT NOT NULL,
    "organizationName" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'ky',
    "channel" TEXT NOT NULL DEFAULT 'online',
    "registeredById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "documentsCheckedAt" DATETIME,
    "documentsCheckedById" TEXT,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    CONSTRAINT "Application_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("channel", "clientId", "createdAt", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "submissionKey") SELECT "channel", "clientId", "createdAt", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "submissionKey" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_clientId_idx" ON "Application"("clientId");
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");
CREATE INDEX "Application_status_office_idx" ON "Application"("status", "office");
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");
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
    "office" TEXT,
    "recordedById" TEXT,
    "providerRequest" TEXT,
    CONSTRAINT "Payment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("account", "clientId", "id", "invoiceId", "providerTxnAt", "providerTxnId", "receivedAt", "service", "sumTyiyn") SELECT "account", "clientId", "id", "invoiceId", "providerTxnAt", "providerTxnId", "receivedAt", "service", "sumTyiyn" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE INDEX "Payment_clientId_idx" ON "Payment"("clientId");
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");
CREATE UNIQUE INDEX "Payment_service_providerTxnId_key" ON "Payment"("service", "providerTxnId");
CREATE UNIQUE INDEX "Payment_method_receiptNumber_key" ON "Payment"("method", "receiptNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_applicationId_key" ON "SignatureIssue"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_serial_key" ON "SignatureIssue"("serial");

-- CreateIndex
CREATE INDEX "Invoice_buyerInn_idx" ON "Invoice"("buyerInn");

-- CreateIndex
CREATE INDEX "Invoice_issuedAt_idx" ON "Invoice"("issuedAt");


-- Backfill (hand-written): an invoice's office is its application's.
UPDATE "Invoice" SET "office" = (SELECT a."office" FROM "Application" a WHERE a."id" = "Invoice"."applicationId");
