-- AlterTable
ALTER TABLE "Client" ALTER COLUMN "balanceTyiyn" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Tariff" ALTER COLUMN "priceTyiyn" SET DATA TYPE BIGINT;

-- AlterTable: what each application submitted, filled in for earlier ones from their client
ALTER TABLE "Application" ADD COLUMN     "inn" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'ky',
ADD COLUMN     "organizationName" TEXT;
UPDATE "Application" a SET "inn" = c."inn", "kind" = c."kind", "organizationName" = c."name"
FROM "Client" c WHERE c."id" = a."clientId";
ALTER TABLE "Application" ALTER COLUMN "inn" SET NOT NULL,
ALTER COLUMN "kind" SET NOT NULL,
ALTER COLUMN "organizationName" SET NOT NULL;

-- AlterTable: the buyer as at issue, filled in for earlier invoices from their client
ALTER TABLE "Invoice" ADD COLUMN     "buyerInn" TEXT,
ADD COLUMN     "buyerName" TEXT,
ALTER COLUMN "amountTyiyn" SET DATA TYPE BIGINT,
ALTER COLUMN "paidTyiyn" SET DATA TYPE BIGINT;
UPDATE "Invoice" i SET "buyerInn" = c."inn", "buyerName" = c."name"
FROM "Client" c WHERE c."id" = i."clientId";
ALTER TABLE "Invoice" ALTER COLUMN "buyerInn" SET NOT NULL,
ALTER COLUMN "buyerName" SET NOT NULL;

-- AlterTable
ALTER TABLE "InvoiceItem" ALTER COLUMN "unitPriceTyiyn" SET DATA TYPE BIGINT,
ALTER COLUMN "amountTyiyn" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "sumTyiyn" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "BalanceEntry" ALTER COLUMN "amountTyiyn" SET DATA TYPE BIGINT;

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("bucket","key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

-- CreateIndex
CREATE INDEX "Application_inn_createdAt_idx" ON "Application"("inn", "createdAt");

