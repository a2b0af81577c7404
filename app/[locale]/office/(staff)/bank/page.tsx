import { getTranslations } from "next-intl/server";
import { BankStatementList } from "@/components/office/bank-statement-list";
import { BankTransferQueue } from "@/components/office/bank-transfer-queue";
import { BankUploadForm } from "@/components/office/bank-upload-form";
import { Notice } from "@/components/office/notice";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { can } from "@/config/staff-permissions";
import { listBankStatements } from "@/domain/bank-statements/get-bank-statement";
import { listWaitingTransfers } from "@/domain/bank-statements/list-bank-transfers";
import { transferDecisionProblems } from "@/domain/bank-statements/transfer-decision-schema";
import { getBankDetails } from "@/domain/settings/bank-details";
import { statementProblemCodes } from "@/lib/bank-statement/statement-file";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { decideTransferAction } from "./actions";

export const dynamic = "force-dynamic";

const uploadProblems = [...statementProblemCodes, "noCompanyAccounts"] as const;
const uploadErrors = ["noFile", "tooManyFiles", "tooLarge", "notAllowed", "unreadable", "failed"] as const;

// Bank statements (accountants and admins): upload one or more, the transfers that wait for a
// person's decision, and the latest uploads.
export default async function BankPage({ params, searchParams }: PageProps<"/[locale]/office/bank">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.bank");
  if (!can(staff, "bankStatements"))
    return <OfficeNotAllowed title={t("title")} text={t("onlyAccountants")} />;
  const db = getDatabase();
  const [bank, waiting, statements] = await Promise.all([
    getBankDetails(db),
    listWaitingTransfers({ db, actor: staff }),
    listBankStatements({ db, actor: staff }),
  ]);
  const { decided } = await searchParams;
  return (
    <div className="max-w-5xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      {bank.accounts.length === 0 && (
        <p role="note" className="max-w-3xl rounded-lg bg-amber-50 p-3 text-amber-950">
          {t("noAccounts")}
        </p>
      )}
      <section aria-labelledby="upload-title" className="max-w-3xl space-y-3">
        <h2 id="upload-title" className="text-2xl font-semibold">
          {t("uploadTitle")}
        </h2>
        <BankUploadForm
          action={`/${locale}/office/bank/upload`}
          reportBase={`/${locale}/office/bank/`}
          words={{
            file: t("file"),
            fileHint: t("fileHint"),
            submit: t("submit"),
            uploading: t("uploading"),
            kept: t.raw("kept") as string,
            again: t.raw("again") as string,
            open: t("open"),
            failed: t("failed"),
            refused: t.raw("refused") as string,
            more: t.raw("more") as string,
            columns: { line: t("columns.line"), column: t("columns.column"), problem: t("columns.problem") },
            columnNames: {},
            problems: Object.fromEntries(uploadProblems.map((code) => [code, t(`problems.${code}`)])),
            errors: Object.fromEntries(uploadErrors.map((code) => [code, t(`uploadErrors.${code}`)])),
          }}
        />
      </section>
      <section id="queue" aria-labelledby="queue-title" className="space-y-3">
        <h2 id="queue-title" className="text-2xl font-semibold">
          {t("queueTitle")} ({waiting.total})
        </h2>
        {waiting.total > waiting.transfers.length && (
          <p className="font-semibold text-slate-800">
            {t("queueShown", { shown: waiting.transfers.length, total: waiting.total })}
          </p>
        )}
        {typeof decided === "string" && <Notice text={t("decided")} />}
        <p className="max-w-3xl text-slate-700">{t("queueLead")}</p>
        <BankTransferQueue
          transfers={waiting.transfers}
          locale={locale}
          action={decideTransferAction}
          errorCodes={transferDecisionProblems}
        />
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("statementsTitle")}</h2>
        <BankStatementList statements={statements} />
      </section>
    </div>
  );
}
