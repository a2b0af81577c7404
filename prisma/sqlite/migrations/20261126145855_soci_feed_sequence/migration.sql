-- AlterTable
ALTER TABLE "BalanceEntry" ADD COLUMN "feedSeq" INTEGER;

-- CreateTable
CREATE TABLE "FeedSequence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lastSeq" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "BalanceEntry_feedSeq_key" ON "BalanceEntry"("feedSeq");

