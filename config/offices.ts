// The company's offices. Their names are words (messages offices.<id>.name); their addresses,
// phones and hours are set by an admin in the back office (OfficeSettings, shown on the home
// page), and read "being confirmed" (messages offices.<id>.*) until then.
export const officeIds = ["osh", "jalal-abad"] as const;
export type OfficeId = (typeof officeIds)[number];
