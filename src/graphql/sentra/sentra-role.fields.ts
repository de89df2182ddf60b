import { GraphQLLocalDate } from "graphql-scalars";
import type { EdgeFields } from "../common/connection";
import { SentraRoleEnum } from "../common/enums";

/** What an actor's participation in a sentra carries: a sentra member's edge and an actor's participation edge alike. */
export const SENTRA_ROLE_FIELDS: EdgeFields = {
  role: { type: () => SentraRoleEnum, description: "The role the actor plays in that sentra." },
  since: { type: () => GraphQLLocalDate, nullable: true, description: "Since when, where known." },
};
