import { getTranslations } from "next-intl/server";
import { OfficeTable } from "./office-table";
import type { StaffMemberView } from "@/domain/staff/list-staff-members";

const small = "rounded-md border border-slate-400 px-2.5 py-1 text-sm font-semibold hover:bg-slate-100";

export async function StaffTable({
  locale,
  people,
  selfId,
  endSessions,
  setActive,
}: {
  locale: string;
  people: StaffMemberView[];
  selfId: string;
  endSessions: (form: FormData) => Promise<void>;
  setActive: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("office.staff");
  const tOffice = await getTranslations("office");
  const columns = ["name", "email", "role", "office", "twoFactor", "active", "sessions", "actions"] as const;
  return (
    <OfficeTable
      label={t("title")}
      minWidth="52rem"
      columns={columns.map((c) => ({ label: t(`columns.${c}`) }))}
    >
      {people.map((person) => (
        <tr key={person.id} data-testid="staff-row" className="border-b border-slate-200">
          <td className="px-2 py-2">
            {person.name} {person.id === selfId && t("you")}
          </td>
          <td className="px-2 py-2">{person.email}</td>
          <td className="px-2 py-2">{tOffice(`roles.${person.role}`)}</td>
          <td className="px-2 py-2">
            {person.office === "osh" || person.office === "jalal-abad"
              ? tOffice(`offices.${person.office}`)
              : "—"}
          </td>
          <td className="px-2 py-2">{t(person.twoFactorEnabled ? "yes" : "no")}</td>
          <td className="px-2 py-2">{t(person.active ? "on" : "off")}</td>
          <td className="px-2 py-2 tabular-nums">{person.sessions}</td>
          <td className="flex flex-wrap gap-2 px-2 py-2">
            <form action={endSessions}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="staffId" value={person.id} />
              <button type="submit" className={small} aria-label={`${t("endSessions")}: ${person.name}`}>
                {t("endSessions")}
              </button>
            </form>
            {person.id !== selfId && (
              <form action={setActive}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="staffId" value={person.id} />
                <input type="hidden" name="active" value={person.active ? "0" : "1"} />
                <button
                  type="submit"
                  className={small}
                  aria-label={`${t(person.active ? "deactivate" : "activate")}: ${person.name}`}
                >
                  {t(person.active ? "deactivate" : "activate")}
                </button>
              </form>
            )}
          </td>
        </tr>
      ))}
    </OfficeTable>
  );
}
