-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReconciliationItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "class" TEXT NOT NULL,
    "line" INTEGER,
    "service" TEXT NOT NULL,
    "txnId" TEXT NOT NULL,
    "account" TEXT,
    "sumTyiyn" BIGINT,
    "txnAt" DATETIME,
    "paymentId" INTEGER,
    "resolution" TEXT,
    "comment" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReconciliationItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReconciliationRun" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CompanySettings" ("id", "legalNameKy", "legalNameRu", "updatedAt") SELECT "id", "legalNameKy", "legalNameRu", "updatedAt" FROM "CompanySettings";
DROP TABLE "CompanySettings";
ALTER TABLE "new_CompanySettings" RENAME TO "CompanySettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ReconciliationRun_fileHash_key" ON "ReconciliationRun"("fileHash");

-- CreateIndex
CREATE INDEX "ReconciliationRun_uploadedAt_idx" ON "ReconciliationRun"("uploadedAt");

-- CreateIndex
CREATE INDEX "ReconciliationItem_runId_class_idx" ON "ReconciliationItem"("runId", "class");

-- CreateIndex
CREATE INDEX "ReconciliationItem_resolution_idx" ON "ReconciliationItem"("resolution");

