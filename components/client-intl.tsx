import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientIsland } from "@/i18n/client-messages";
import type { Locale } from "@/i18n/routing";

// Around the client components that translate in the browser (an "island": see
// i18n/client-messages.ts), with only their messages. Pages without one load no next-intl client.
export async function ClientIntl({
  locale,
  island,
  children,
}: {
  locale: Locale;
  island: ClientIsland;
  children: ReactNode;
}) {
  const messages = clientMessages(await getMessages({ locale }), island);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
