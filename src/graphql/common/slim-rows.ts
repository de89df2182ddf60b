import type { SlimFields } from "./list-selection";

// What the repositories' slim rows answer (slimActorRow; the slim tie of findLinkages). An actor's
// linkages are resolved from its id alone, so a slim member still answers them.
export const SLIM_ACTOR: SlimFields = { fields: new Set(["__typename", "id", "name", "kind", "linkages"]) };

export const SLIM_LINKAGE: SlimFields = {
  fields: new Set(["__typename", "id", "type", "intensity", "direction"]),
  nested: { partner: SLIM_ACTOR },
};
