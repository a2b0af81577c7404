-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SignatureIssue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "serial" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "renewalToken" TEXT,
    "codeHourStart" DATETIME,
    "codesInHour" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SignatureIssue_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SignatureIssue" ("applicationId", "id", "issuedAt", "issuedById", "renewalToken", "serial", "validFrom", "validTo") SELECT "applicationId", "id", "issuedAt", "issuedById", "renewalToken", "serial", "validFrom", "validTo" FROM "SignatureIssue";
DROP TABLE "SignatureIssue";
ALTER TABLE "new_SignatureIssue" RENAME TO "SignatureIssue";
CREATE UNIQUE INDEX "SignatureIssue_applicationId_key" ON "SignatureIssue"("applicationId");
CREATE UNIQUE INDEX "SignatureIssue_serial_key" ON "SignatureIssue"("serial");
CREATE UNIQUE INDEX "SignatureIssue_renewalToken_key" ON "SignatureIssue"("renewalToken");
CREATE INDEX "SignatureIssue_validTo_idx" ON "SignatureIssue"("validTo");
CREATE TABLE "new_RenewalCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "signatureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "requestKey" TEXT NOT NULL DEFAULT '',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RenewalCode_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "SignatureIssue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_RenewalCode" ("attempts", "code", "createdAt", "expiresAt", "id", "locale", "signatureId", "usedAt") SELECT "attempts", "code", "createdAt", "expiresAt", "id", "locale", "signatureId", "usedAt" FROM "RenewalCode";
DROP TABLE "RenewalCode";
ALTER TABLE "new_RenewalCode" RENAME TO "RenewalCode";
CREATE INDEX "RenewalCode_signatureId_createdAt_idx" ON "RenewalCode"("signatureId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

