-- CreateIndex
CREATE INDEX "BankTransfer_number_date_idx" ON "BankTransfer"("number", "date");

