import type { Messages } from "next-intl";

// Only what client components translate goes into every page's payload; the rest is rendered
// on the server. Add a namespace here when a client component starts using it.
export function clientMessages(messages: Messages) {
  const { language, nav, common, offices, register, invoice, lookup, guide } = messages;
  return {
    language,
    nav,
    common,
    offices,
    register,
    invoice: { status: invoice.status, leftToPay: invoice.leftToPay },
    lookup,
    guide: {
      innCheck: guide.innCheck,
      yourNumber: guide.yourNumber,
      yourAmount: guide.yourAmount,
      copy: guide.copy,
      copied: guide.copied,
      copyFailed: guide.copyFailed,
    },
  };
}
