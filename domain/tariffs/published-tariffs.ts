import { z } from "zod";
import { somToTyiyn } from "@/lib/money";
import publishedTariffsJson from "@/config/published-tariffs.json";

const publishedTariffSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  sortOrder: z.number().int(),
  priceSom: z.number().int().positive(),
  nameKy: z.string().min(1),
  nameRu: z.string().min(1),
});

// The company's published signature prices per 12 months.
export const publishedTariffs = z
  .array(publishedTariffSchema)
  .parse(publishedTariffsJson)
  .map(({ priceSom, ...tariff }) => ({ ...tariff, priceTyiyn: somToTyiyn(priceSom) }));
