-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "renewsSignatureId" INTEGER,
    "searchName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Application_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_renewsSignatureId_fkey" FOREIGN KEY ("renewsSignatureId") REFERENCES "SignatureIssue" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("cancelReason", "cancelledAt", "channel", "clientId", "createdAt", "documentsCheckedAt", "documentsCheckedById", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "searchName", "status", "submissionKey") SELECT "cancelReason", "cancelledAt", "channel", "clientId", "createdAt", "documentsCheckedAt", "documentsCheckedById", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "registeredById", "searchName", "status", "submissionKey" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_clientId_idx" ON "Application"("clientId");
CREATE INDEX "Application_renewsSignatureId_idx" ON "Application"("renewsSignatureId");
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");
CREATE INDEX "Application_status_office_idx" ON "Application"("status", "office");
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SignatureIssue_validTo_idx" ON "SignatureIssue"("validTo");

