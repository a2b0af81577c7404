import type { Messages } from "next-intl";

// Only what a client component translates goes into a page's payload, and only on the pages that
// have that component (the islands below); everything else is rendered on the server, and a page
// without an island carries neither next-intl's client nor messages. Add to an island when its
// components start using a namespace.
const islands = {
  // The invoice lookup form.
  lookup: ({ lookup }: Messages) => ({ lookup }),
  // The invoice's live status.
  invoiceStatus: ({ common, invoice }: Messages) => ({
    common,
    invoice: { status: invoice.status, leftToPay: invoice.leftToPay },
  }),
  // The MegaPay guide's INN check and the invoice number from the link.
  guide: ({ common, guide }: Messages) => ({
    common,
    guide: {
      innCheck: guide.innCheck,
      yourNumber: guide.yourNumber,
      yourAmount: guide.yourAmount,
      copy: guide.copy,
      copied: guide.copied,
      copyFailed: guide.copyFailed,
    },
  }),
} satisfies Record<string, (messages: Messages) => Partial<Record<keyof Messages, unknown>>>;

export type ClientIsland = keyof typeof islands;

export function clientMessages(messages: Messages, island: ClientIsland) {
  return islands[island](messages);
}
