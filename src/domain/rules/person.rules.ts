import { id, text } from "./fields";
import { optional, required } from "./table";

/** A person (personal data): a name, a position and the actor the person represents. */
export const PERSON_RULES = {
  id: required(id),
  name: required(text(200)),
  position: optional(text(200)),
  representsActorId: optional(id),
};
