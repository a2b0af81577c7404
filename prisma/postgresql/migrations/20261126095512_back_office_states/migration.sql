-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'documentsChecked', 'signatureIssued', 'cancelled');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('awaiting', 'partly_paid', 'paid', 'cancelled');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('megapay', 'cash', 'bank');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "sociConnected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "documentsCheckedAt" TIMESTAMP(3),
ADD COLUMN     "documentsCheckedById" TEXT,
ADD COLUMN     "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted';

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "issuedById" TEXT,
ADD COLUMN     "office" TEXT,
-- Hand-edited: the generated DROP and ADD would have lost every invoice's status.
ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "InvoiceStatus" USING "status"::"InvoiceStatus",
ALTER COLUMN "status" SET DEFAULT 'awaiting';

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "method" "PaymentMethod" NOT NULL DEFAULT 'megapay',
ADD COLUMN     "office" TEXT,
ADD COLUMN     "providerRequest" TEXT,
ADD COLUMN     "receiptNumber" TEXT,
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "BalanceEntry" ADD COLUMN     "comment" TEXT,
ADD COLUMN     "createdById" TEXT;

-- CreateTable
CREATE TABLE "SignatureIssue" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "serial" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignatureIssue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_applicationId_key" ON "SignatureIssue"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "SignatureIssue_serial_key" ON "SignatureIssue"("serial");

-- CreateIndex
CREATE INDEX "Application_status_office_idx" ON "Application"("status", "office");

-- CreateIndex
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");

-- CreateIndex
CREATE INDEX "Invoice_buyerInn_idx" ON "Invoice"("buyerInn");

-- CreateIndex
CREATE INDEX "Invoice_issuedAt_idx" ON "Invoice"("issuedAt");

-- CreateIndex
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_method_receiptNumber_key" ON "Payment"("method", "receiptNumber");

-- AddForeignKey
ALTER TABLE "SignatureIssue" ADD CONSTRAINT "SignatureIssue_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Backfills (hand-written): clients that exist before the back office start connected to SOChI
-- (the contract: until now every known client counted as connected); an invoice's office is its
-- application's.
UPDATE "Client" SET "sociConnected" = true;
UPDATE "Invoice" SET "office" = a."office" FROM "Application" a WHERE a."id" = "Invoice"."applicationId";
