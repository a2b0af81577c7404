// The company's offices: the one place their contact data lives. Their names, addresses and hours
// are words, so they are in messages/*.json under offices.<id>. Until the company confirms the
// street addresses, phones and opening hours, `confirmed` is false and the site says so.
export const officeIds = ["osh", "jalal-abad"] as const;
export type OfficeId = (typeof officeIds)[number];

export interface Office {
  id: OfficeId;
  phone: string | null;
  confirmed: boolean;
}

export const offices: readonly Office[] = [
  { id: "osh", phone: null, confirmed: false },
  { id: "jalal-abad", phone: null, confirmed: false },
];
