-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event" TEXT NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "clientSentAt" DATETIME,
    "officeSentAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OfficeSettings" (
    "office" TEXT NOT NULL PRIMARY KEY,
    "addressKy" TEXT NOT NULL DEFAULT '',
    "addressRu" TEXT NOT NULL DEFAULT '',
    "hoursKy" TEXT NOT NULL DEFAULT '',
    "hoursRu" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_OfficeSettings" ("addressKy", "addressRu", "hoursKy", "hoursRu", "office", "phone", "updatedAt") SELECT "addressKy", "addressRu", "hoursKy", "hoursRu", "office", "phone", "updatedAt" FROM "OfficeSettings";
DROP TABLE "OfficeSettings";
ALTER TABLE "new_OfficeSettings" RENAME TO "OfficeSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Notification_state_nextAttemptAt_idx" ON "Notification"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_event_subjectId_key" ON "Notification"("event", "subjectId");

