-- CreateTable
CREATE TABLE "RenewalCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "signatureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RenewalCode_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "SignatureIssue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RenewalCode_signatureId_createdAt_idx" ON "RenewalCode"("signatureId", "createdAt");

