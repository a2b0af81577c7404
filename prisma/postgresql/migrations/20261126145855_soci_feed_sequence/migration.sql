-- AlterTable
ALTER TABLE "BalanceEntry" ADD COLUMN     "feedSeq" INTEGER;

-- CreateTable
CREATE TABLE "FeedSequence" (
    "id" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL,

    CONSTRAINT "FeedSequence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BalanceEntry_feedSeq_key" ON "BalanceEntry"("feedSeq");

