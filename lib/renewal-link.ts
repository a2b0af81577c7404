// The renewal page a reminder links to: short, since it must fit in an SMS beside the date.
export function renewalLink(siteUrl: string, locale: string, token: string): string {
  return `${siteUrl}/${locale}/r/${token}`;
}
