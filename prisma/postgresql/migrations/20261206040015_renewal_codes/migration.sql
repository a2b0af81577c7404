-- AlterEnum
ALTER TYPE "NotificationEvent" ADD VALUE 'renewalCode';

-- CreateTable
CREATE TABLE "RenewalCode" (
    "id" SERIAL NOT NULL,
    "signatureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenewalCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RenewalCode_signatureId_createdAt_idx" ON "RenewalCode"("signatureId", "createdAt");

-- AddForeignKey
ALTER TABLE "RenewalCode" ADD CONSTRAINT "RenewalCode_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "SignatureIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

