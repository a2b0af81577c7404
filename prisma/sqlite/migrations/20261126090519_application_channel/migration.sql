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
    CONSTRAINT "Application_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("clientId", "createdAt", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "submissionKey") SELECT "clientId", "createdAt", "email", "headName", "id", "inn", "kind", "locale", "office", "organizationName", "phone", "submissionKey" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");
CREATE INDEX "Application_clientId_idx" ON "Application"("clientId");
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

