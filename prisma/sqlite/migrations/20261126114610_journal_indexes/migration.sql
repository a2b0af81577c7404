-- CreateIndex
CREATE INDEX "Payment_providerTxnId_idx" ON "Payment"("providerTxnId");

-- CreateIndex
CREATE INDEX "Payment_receiptNumber_idx" ON "Payment"("receiptNumber");

-- CreateIndex
CREATE INDEX "Payment_account_idx" ON "Payment"("account");

-- CreateIndex
CREATE INDEX "Payment_sumTyiyn_idx" ON "Payment"("sumTyiyn");

-- CreateIndex
CREATE INDEX "Payment_method_office_sumTyiyn_idx" ON "Payment"("method", "office", "sumTyiyn");

