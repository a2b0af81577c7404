-- CreateTable
CREATE TABLE "OfficeSettings" (
    "office" TEXT NOT NULL PRIMARY KEY,
    "addressKy" TEXT NOT NULL DEFAULT '',
    "addressRu" TEXT NOT NULL DEFAULT '',
    "hoursKy" TEXT NOT NULL DEFAULT '',
    "hoursRu" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CompanySettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "legalNameKy" TEXT NOT NULL DEFAULT '',
    "legalNameRu" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

