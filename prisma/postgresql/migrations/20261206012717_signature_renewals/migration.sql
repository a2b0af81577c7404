-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "renewsSignatureId" INTEGER;

-- CreateIndex
CREATE INDEX "Application_renewsSignatureId_idx" ON "Application"("renewsSignatureId");

-- CreateIndex
CREATE INDEX "SignatureIssue_validTo_idx" ON "SignatureIssue"("validTo");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_renewsSignatureId_fkey" FOREIGN KEY ("renewsSignatureId") REFERENCES "SignatureIssue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

