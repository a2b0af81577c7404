-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CompanySettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "legalNameKy" TEXT NOT NULL DEFAULT '',
    "legalNameRu" TEXT NOT NULL DEFAULT '',
    "documentsKy" TEXT NOT NULL DEFAULT '',
    "documentsRu" TEXT NOT NULL DEFAULT '',
    "registryTxnIdColumn" TEXT NOT NULL DEFAULT '',
    "registryDateColumn" TEXT NOT NULL DEFAULT '',
    "registryAccountColumn" TEXT NOT NULL DEFAULT '',
    "registrySumColumn" TEXT NOT NULL DEFAULT '',
    "registryServiceColumn" TEXT NOT NULL DEFAULT '',
    "sellerInn" TEXT NOT NULL DEFAULT '',
    "bankName" TEXT NOT NULL DEFAULT '',
    "bankBic" TEXT NOT NULL DEFAULT '',
    "bankAccount" TEXT NOT NULL DEFAULT '',
    "paymentCode" TEXT NOT NULL DEFAULT '',
    "otherBankAccounts" TEXT NOT NULL DEFAULT '',
    "statementDateColumn" TEXT NOT NULL DEFAULT '',
    "statementNumberColumn" TEXT NOT NULL DEFAULT '',
    "statementAmountColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerInnColumn" TEXT NOT NULL DEFAULT '',
    "statementPayerAccountColumn" TEXT NOT NULL DEFAULT '',
    "statementPurposeColumn" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CompanySettings" ("bankAccount", "bankBic", "bankName", "id", "legalNameKy", "legalNameRu", "otherBankAccounts", "paymentCode", "registryAccountColumn", "registryDateColumn", "registryServiceColumn", "registrySumColumn", "registryTxnIdColumn", "sellerInn", "statementAmountColumn", "statementDateColumn", "statementNumberColumn", "statementPayerAccountColumn", "statementPayerColumn", "statementPayerInnColumn", "statementPurposeColumn", "updatedAt") SELECT "bankAccount", "bankBic", "bankName", "id", "legalNameKy", "legalNameRu", "otherBankAccounts", "paymentCode", "registryAccountColumn", "registryDateColumn", "registryServiceColumn", "registrySumColumn", "registryTxnIdColumn", "sellerInn", "statementAmountColumn", "statementDateColumn", "statementNumberColumn", "statementPayerAccountColumn", "statementPayerColumn", "statementPayerInnColumn", "statementPurposeColumn", "updatedAt" FROM "CompanySettings";
DROP TABLE "CompanySettings";
ALTER TABLE "new_CompanySettings" RENAME TO "CompanySettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

