-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "receiptShown" TEXT;


-- Receipt numbers recorded before folding (lib/receipt-number.ts): kept as typed for display,
-- folded in the key. Two old receipts that fold to one number make this fail on the unique
-- index: a person must look at them (docs/operations.md).
UPDATE "Payment" SET "receiptShown" = "receiptNumber" WHERE "receiptNumber" IS NOT NULL;
UPDATE "Payment"
SET "receiptNumber" = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("receiptNumber", 'А', 'A'), 'В', 'B'), 'Е', 'E'), 'К', 'K'), 'М', 'M'), 'Н', 'H'), 'О', 'O'), 'Р', 'P'), 'С', 'C'), 'Т', 'T'), 'Х', 'X'), 'У', 'Y'),
    "providerTxnId" = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("providerTxnId", 'А', 'A'), 'В', 'B'), 'Е', 'E'), 'К', 'K'), 'М', 'M'), 'Н', 'H'), 'О', 'O'), 'Р', 'P'), 'С', 'C'), 'Т', 'T'), 'Х', 'X'), 'У', 'Y')
WHERE "receiptNumber" IS NOT NULL;
