-- AlterTable
ALTER TABLE "SignatureIssue" ADD COLUMN "renewalToken" TEXT;

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
    "remindersOff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "searchName" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Client" ("balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "searchName", "sociConnected", "updatedAt") SELECT "balanceTyiyn", "createdAt", "email", "headName", "id", "inn", "kind", "name", "phone", "searchName", "sociConnected", "updatedAt" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE UNIQUE INDEX "Client_inn_key" ON "Client"("inn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_renewalToken_key" ON "SignatureIssue"("renewalToken");

