import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { AssistanceRole } from "../../domain/vocabulary";
import { AssistanceRoleEnum } from "../common/enums";
import { Node } from "../common/node.interface";

@ObjectType({
  implements: Node,
  description: "A formal business-to-business agreement by which an FKAK engages a technical (LPT) or economic (PKE) mentor.",
})
export class Agreement extends Node {
  @Field(() => AssistanceRoleEnum, { description: "LPT (Lembaga Pendamping Teknis) or PKE (Pendamping Kegiatan Ekonomi)." })
  providerRole!: AssistanceRole;

  @Field({ description: "What the assistance covers." })
  scope!: string;

  @Field({ description: "How the provider is paid, e.g. fee per session, share of savings." })
  feeBasis!: string;

  @Field(() => GraphQLLocalDate, { description: "Start of the agreement." })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "End of the agreement; null while open-ended." })
  endDate!: string | null;
}

export const AgreementConnection = connectionOf(() => Agreement, "Agreement", { what: "agreement" });
