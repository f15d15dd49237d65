-- CreateTable
CREATE TABLE "DeskSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "publisherName" TEXT NOT NULL DEFAULT '',
    "publisherUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeskSettings_pkey" PRIMARY KEY ("id")
);
