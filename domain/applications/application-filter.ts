import { z } from "zod";
import { readSearchText } from "../staff/search-text";
import { beforeParam, dayParam, officeParam, readUrlFilter, type UrlParams } from "../staff/url-filter";
import { applicationStages } from "./application-stage";

// The applications list's filters as they travel in the URL; anything malformed is dropped.
export const applicationFilterSchema = z.object({
  stage: z.enum(applicationStages).optional().catch(undefined),
  office: officeParam,
  from: dayParam,
  to: dayParam,
  q: z.string().optional().transform(readSearchText),
  before: beforeParam,
});
export type ApplicationFilter = z.output<typeof applicationFilterSchema>;

export const readApplicationFilter = (params: UrlParams): ApplicationFilter =>
  readUrlFilter(applicationFilterSchema, params);
