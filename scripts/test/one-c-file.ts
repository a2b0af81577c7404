// Bank statements in the 1C «Клиент-банк» exchange format, written the way internet banks write
// them (CRLF, Windows-1251 by the caller's choice), for the readers' tests, the data and browser
// tests and the benchmark.
export interface OneCDocument {
  number: string;
  date: string;
  sum: string;
  payerAccount?: string;
  payer?: string;
  payerName?: string;
  payerInn?: string;
  recipientAccount: string;
  recipientInn?: string;
  receivedOn?: string;
  writtenOffOn?: string;
  purpose?: string;
}

export interface OneCAccount {
  account: string;
  opening?: string;
  totalIn?: string;
  totalOut?: string;
  closing?: string;
}

export interface OneCFile {
  version?: string;
  encoding?: string;
  from?: string;
  to?: string;
  accounts: OneCAccount[];
  documents: OneCDocument[];
  // Leave out КонецФайла (a file cut off).
  cutOff?: boolean;
}

const pairs = (entries: [string, string | undefined][]) =>
  entries.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${value}`);

export function oneCText(file: OneCFile): string {
  const lines = [
    "1CClientBankExchange",
    ...pairs([
      ["ВерсияФормата", file.version ?? "1.03"],
      ["Кодировка", file.encoding ?? "Windows"],
      ["Отправитель", "Бухгалтерия предприятия"],
      ["Получатель", ""],
      ["ДатаСоздания", file.to ?? "05.12.2026"],
      ["ВремяСоздания", "10:15:00"],
      ["ДатаНачала", file.from ?? "01.12.2026"],
      ["ДатаКонца", file.to ?? "05.12.2026"],
    ]),
    ...file.accounts.map((a) => `РасчСчет=${a.account}`),
    "Документ=Платежное поручение",
  ];
  for (const a of file.accounts) {
    lines.push(
      "СекцияРасчСчет",
      ...pairs([
        ["ДатаНачала", file.from ?? "01.12.2026"],
        ["ДатаКонца", file.to ?? "05.12.2026"],
        ["РасчСчет", a.account],
        ["НачальныйОстаток", a.opening ?? "0.00"],
        ["ВсегоПоступило", a.totalIn],
        ["ВсегоСписано", a.totalOut ?? "0.00"],
        ["КонечныйОстаток", a.closing ?? "0.00"],
      ]),
      "КонецРасчСчет",
    );
  }
  for (const d of file.documents) {
    lines.push(
      "СекцияДокумент=Платежное поручение",
      ...pairs([
        ["Номер", d.number],
        ["Дата", d.date],
        ["Сумма", d.sum],
        ["ПлательщикСчет", d.payerAccount ?? "1280010000012345"],
        ["Плательщик", d.payer ?? (d.payerInn ? `ИНН ${d.payerInn} ${d.payerName ?? ""}` : d.payerName)],
        ["ПлательщикИНН", d.payerInn ?? ""],
        ["Плательщик1", d.payerName],
        ["ПолучательСчет", d.recipientAccount],
        ["ПолучательИНН", d.recipientInn ?? "01234567890123"],
        ["Получатель1", "ОсОО «ДОС ТЕК ГРУПП»"],
        ["ДатаПоступило", d.receivedOn ?? ""],
        ["ДатаСписано", d.writtenOffOn ?? ""],
        ["ВидОплаты", "01"],
        ["Очередность", "5"],
        ["НазначениеПлатежа", d.purpose ?? ""],
      ]),
      "КонецДокумента",
    );
  }
  if (!file.cutOff) lines.push("КонецФайла");
  return `${lines.join("\r\n")}\r\n`;
}

// One account's statement whose total in is the sum of its documents (as banks write it).
export function oneCStatementOf(account: string, documents: OneCDocument[]): string {
  const total = documents.reduce((sum, d) => sum + Math.round(Number(d.sum.replace(",", ".")) * 100), 0);
  return oneCText({ accounts: [{ account, totalIn: (total / 100).toFixed(2) }], documents });
}
