import { connectionOf } from "../common/connection";
import { SENTRA_ROLE_FIELDS } from "../sentra/sentra-role.fields";
import { Sentra } from "../sentra/sentra.type";

export const ParticipationConnection = connectionOf(
  () => Sentra,
  "Participation",
  {
    what: "participation",
    edgeDescription: "An actor's part in one sentra: the same firm can supply one sentra and buy from another.",
    nodeDescription: "The sentra.",
  },
  SENTRA_ROLE_FIELDS,
);
