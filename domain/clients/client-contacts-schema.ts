import { z } from "zod";
import { contactFields } from "../registration/registration-schema";

// A client's contacts as staff edit them: the registration form's rules for the same fields.
export const clientContactsSchema = z.object(contactFields);
export type ClientContacts = z.output<typeof clientContactsSchema>;
