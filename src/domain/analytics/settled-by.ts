import { msg, type Message } from "../../i18n/message";
import type { CriterionGroup } from "./criteria";

/**
 * What data would settle an undetermined criterion, for the criteria whose spec names none: by
 * id where Simpul knows why that criterion goes undetermined, else by its group.
 */
const BY_ID: Readonly<Record<string, string>> = {
  LINKED_CORE_FIRMS: "silentCoreFirms",
  HORIZONTAL_WEB: "horizontalPartners",
  ACTIVE_COOPERATION: "tieIntensities",
  CORE_SERVED_BY_INSTITUTIONS: "institutionAnswers",
  INSTITUTIONS_TIED_TO_CORE: "institutions",
};

const BY_GROUP: Readonly<Record<CriterionGroup, string>> = {
  CONCENTRATION: "firmCount",
  LINKAGE: "silentCoreFirms",
  INSTITUTIONS: "institutionAnswers",
  GOVERNANCE: "forums",
  DYNAMICS: "jicaScores",
};

export function settledByDefault(id: string, group: CriterionGroup): Message {
  return msg(`verdict.settledBy.${BY_ID[id] ?? BY_GROUP[group]}`);
}
