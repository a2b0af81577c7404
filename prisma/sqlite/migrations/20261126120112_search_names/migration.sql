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
    "updatedAt" DATETIME NOT NULL,
    "searchName" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Client" ("balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "sociConnected", "updatedAt") SELECT "balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "sociConnected", "updatedAt" FROM "Client";
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
    "searchName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Application_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("cancelReason", "cancelledAt", "channel", "clientId", "createdAt", "documentsCheckedAt", "documentsCheckedById", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "status", "submissionKey") SELECT "cancelReason", "cancelledAt", "channel", "clientId", "createdAt", "documentsCheckedAt", "documentsCheckedById", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "status", "submissionKey" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_clientId_idx" ON "Application"("clientId");
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");
CREATE INDEX "Application_status_office_idx" ON "Application"("status", "office");
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");
CREATE TABLE "new_Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" TEXT NOT NULL,
    "clientId" INTEGER NOT NULL,
    "applicationId" INTEGER,
    "buyerName" TEXT NOT NULL,
    "buyerInn" TEXT NOT NULL,
    "amountTyiyn" BIGINT NOT NULL,
    "paidTyiyn" BIGINT NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'awaiting',
    "office" TEXT,
    "issuedById" TEXT,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" DATETIME,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Invoice_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Invoice" ("amountTyiyn", "applicationId", "buyerInn", "buyerName", "cancelReason", "cancelledAt", "clientId", "id", "issuedAt", "issuedById", "number", "office", "paidAt", "paidTyiyn", "status") SELECT "amountTyiyn", "applicationId", "buyerInn", "buyerName", "cancelReason", "cancelledAt", "clientId", "id", "issuedAt", "issuedById", "number", "office", "paidAt", "paidTyiyn", "status" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");
CREATE UNIQUE INDEX "Invoice_applicationId_key" ON "Invoice"("applicationId");
CREATE INDEX "Invoice_clientId_idx" ON "Invoice"("clientId");
CREATE INDEX "Invoice_buyerInn_idx" ON "Invoice"("buyerInn");
CREATE INDEX "Invoice_issuedAt_idx" ON "Invoice"("issuedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

