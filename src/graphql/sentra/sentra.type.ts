import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { connectionOf } from "../common/connection";
import { Node } from "../common/node.interface";
import { SENTRA_ROLE_FIELDS } from "./sentra-role.fields";

@ObjectType({
  implements: Node,
  description:
    "A sentra: a geographic concentration of same-type small firms (e.g. the metal casters of Ceper), the candidate cluster whose network Simpul maps.",
})
export class Sentra extends Node {
  @Field({ description: "Name, e.g. Sentra Pengecoran Logam Ceper." })
  name!: string;

  @Field({ description: "Main product, e.g. metal castings." })
  product!: string;

  @Field({ description: "Sector, e.g. metal, furniture, textiles, livestock." })
  sector!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "KBLI 2020 kelompok code of its main activity (e.g. 24310, pengecoran besi dan baja); partner suggestions count sentra sharing it as the same product. Null when none is recorded: then the product text is compared instead.",
  })
  kbli!: string | null;

  @Field({ description: "What the sentra makes and how it is organised." })
  description!: string;

  @Field({ description: "Designated by its region as a leading industry (industri unggulan)." })
  unggulan!: boolean;
}

export const SentraConnection = connectionOf(() => Sentra, "Sentra", { what: "sentra" });

export const SentraMemberConnection = connectionOf(
  () => Actor,
  "SentraMember",
  { what: "member", edgeDescription: "An actor taking part in a sentra, with the role it plays there.", nodeDescription: "The actor." },
  SENTRA_ROLE_FIELDS,
);
