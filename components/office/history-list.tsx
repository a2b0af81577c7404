import { formatBishkekDateTime } from "@/lib/dates";

export interface HistoryItem {
  at: Date;
  who: string;
  what: string;
  details?: string;
}

// What happened to an application or a client, oldest first.
export function HistoryList({ items, empty }: { items: HistoryItem[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ol className="space-y-2" data-testid="history">
      {items.map((item, i) => (
        <li key={i} className="border-l-4 border-slate-300 pl-3">
          <span className="tabular-nums text-slate-700">{formatBishkekDateTime(item.at)}</span>{" "}
          <span className="font-semibold">{item.what}</span>{" "}
          <span className="text-slate-700">— {item.who}</span>
          {item.details && (
            <span className="block break-words font-mono text-xs text-slate-600">{item.details}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
