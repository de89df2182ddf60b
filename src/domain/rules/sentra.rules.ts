import { id, kbliInDivision, text, yesNo } from "./fields";
import { optional, required } from "./table";

/** A sentra: a cluster of small industries making one main product in one region. */
export const SENTRA_RULES = {
  id: required(id),
  name: required(text(200)),
  product: required(text(200)),
  sector: required(text(100)),
  description: required(text(2000)),
  /** Designated by its region as a leading industry (industri unggulan). */
  unggulan: required(yesNo),
  /** The region it lies in. */
  regionId: required(id),
  /** KBLI 2020 kelompok code of its main activity: partner suggestions match the same product on it. */
  kbli: optional(kbliInDivision),
};
