-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("bucket", "key", "windowStart")
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Client" ("balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "updatedAt") SELECT "balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "updatedAt" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE UNIQUE INDEX "Client_inn_key" ON "Client"("inn");
CREATE TABLE "new_Tariff" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameKy" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "priceTyiyn" BIGINT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Tariff" ("active", "code", "createdAt", "id", "nameKy", "nameRu", "priceTyiyn", "sortOrder", "updatedAt") SELECT "active", "code", "createdAt", "id", "nameKy", "nameRu", "priceTyiyn", "sortOrder", "updatedAt" FROM "Tariff";
DROP TABLE "Tariff";
ALTER TABLE "new_Tariff" RENAME TO "Tariff";
CREATE UNIQUE INDEX "Tariff_code_key" ON "Tariff"("code");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Application_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- What each earlier application submitted, from its client.
INSERT INTO "new_Application" ("clientId", "createdAt", "email", "headName", "id", "office", "phone", "submissionKey", "inn", "kind", "organizationName") SELECT a."clientId", a."createdAt", a."email", a."headName", a."id", a."office", a."phone", a."submissionKey", c."inn", c."kind", c."name" FROM "Application" a JOIN "Client" c ON c."id" = a."clientId";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_clientId_idx" ON "Application"("clientId");
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");
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
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" DATETIME,
    "cancelledAt" DATETIME,
    CONSTRAINT "Invoice_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- The buyer of each earlier invoice, from its client.
INSERT INTO "new_Invoice" ("amountTyiyn", "applicationId", "cancelledAt", "clientId", "id", "issuedAt", "number", "paidAt", "paidTyiyn", "status", "buyerInn", "buyerName") SELECT i."amountTyiyn", i."applicationId", i."cancelledAt", i."clientId", i."id", i."issuedAt", i."number", i."paidAt", i."paidTyiyn", i."status", c."inn", c."name" FROM "Invoice" i JOIN "Client" c ON c."id" = i."clientId";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");
CREATE UNIQUE INDEX "Invoice_applicationId_key" ON "Invoice"("applicationId");
CREATE INDEX "Invoice_clientId_idx" ON "Invoice"("clientId");
CREATE TABLE "new_InvoiceItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "invoiceId" INTEGER NOT NULL,
    "tariffId" INTEGER NOT NULL,
    "tariffCode" TEXT NOT NULL,
    "nameKy" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "unitPriceTyiyn" BIGINT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "amountTyiyn" BIGINT NOT NULL,
    CONSTRAINT "InvoiceItem_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InvoiceItem_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InvoiceItem" ("amountTyiyn", "id", "invoiceId", "nameKy", "nameRu", "quantity", "tariffCode", "tariffId", "unitPriceTyiyn") SELECT "amountTyiyn", "id", "invoiceId", "nameKy", "nameRu", "quantity", "tariffCode", "tariffId", "unitPriceTyiyn" FROM "InvoiceItem";
DROP TABLE "InvoiceItem";
ALTER TABLE "new_InvoiceItem" RENAME TO "InvoiceItem";
CREATE INDEX "InvoiceItem_invoiceId_idx" ON "InvoiceItem"("invoiceId");
CREATE TABLE "new_Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "service" TEXT NOT NULL,
    "providerTxnId" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "sumTyiyn" BIGINT NOT NULL,
    "providerTxnAt" DATETIME NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientId" INTEGER,
    "invoiceId" INTEGER,
    CONSTRAINT "Payment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("account", "clientId", "id", "invoiceId", "providerTxnAt", "providerTxnId", "receivedAt", "service", "sumTyiyn") SELECT "account", "clientId", "id", "invoiceId", "providerTxnAt", "providerTxnId", "receivedAt", "service", "sumTyiyn" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE INDEX "Payment_clientId_idx" ON "Payment"("clientId");
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");
CREATE UNIQUE INDEX "Payment_service_providerTxnId_key" ON "Payment"("service", "providerTxnId");
CREATE TABLE "new_BalanceEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clientId" INTEGER NOT NULL,
    "amountTyiyn" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "paymentId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BalanceEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BalanceEntry_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_BalanceEntry" ("amountTyiyn", "clientId", "createdAt", "id", "paymentId", "reason") SELECT "amountTyiyn", "clientId", "createdAt", "id", "paymentId", "reason" FROM "BalanceEntry";
DROP TABLE "BalanceEntry";
ALTER TABLE "new_BalanceEntry" RENAME TO "BalanceEntry";
CREATE INDEX "BalanceEntry_clientId_idx" ON "BalanceEntry"("clientId");
CREATE INDEX "BalanceEntry_paymentId_idx" ON "BalanceEntry"("paymentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

