import { foldForSearch } from "@/lib/text";
import type { Database } from "@/server/db";

// Rows written before names were kept folded for search (migration search_names) get their
// folded name once, at start-up (SQL cannot fold: SQLite's lower() only knows ASCII, and
// PostgreSQL's depends on the cluster's locale). Names are never empty, so an empty searchName
// means "not filled yet"; a start with nothing to fill costs three scans that find nothing.
export async function fillSearchNames(db: Database): Promise<number> {
  let filled = 0;
  const batch = 500;
  for (;;) {
    const clients = await db.client.findMany({
      where: { searchName: "" },
      select: { id: true, name: true },
      take: batch,
    });
    for (const c of clients)
      await db.client.update({ where: { id: c.id }, data: { searchName: foldForSearch(c.name) } });
    const applications = await db.application.findMany({
      where: { searchName: "" },
      select: { id: true, organizationName: true },
      take: batch,
    });
    for (const a of applications)
      await db.application.update({
        where: { id: a.id },
        data: { searchName: foldForSearch(a.organizationName) },
      });
    const invoices = await db.invoice.findMany({
      where: { searchName: "" },
      select: { id: true, buyerName: true },
      take: batch,
    });
    for (const i of invoices)
      await db.invoice.update({ where: { id: i.id }, data: { searchName: foldForSearch(i.buyerName) } });
    const done = clients.length + applications.length + invoices.length;
    filled += done;
    if (done === 0) return filled;
  }
}
