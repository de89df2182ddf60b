import { Field, Int, ObjectType } from "type-graphql";
import type { ActorKind, SizeClass } from "../../domain/vocabulary";
import { connectionOf } from "../common/connection";
import { ActorKindEnum, SizeClassEnum } from "../common/enums";
import { GeoPoint } from "../common/geo-point.type";
import { Node } from "../common/node.interface";

@ObjectType({
  implements: Node,
  description:
    "An organisation in a sentra's network: an IKM (industri kecil dan menengah), supplier, buyer, bank, cooperative, agency, university, NGO, BDS provider, donor, association ... Its role is per sentra (see participations).",
})
export class Actor extends Node {
  @Field({ description: "Name, e.g. UD Logam Jaya or Bank BRI Unit Ceper." })
  name!: string;

  @Field(() => ActorKindEnum, { description: "What kind of organisation it is." })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: "A short description." })
  description!: string | null;

  @Field(() => GeoPoint, { nullable: true, description: "Where it is, for proximity questions." })
  location!: GeoPoint | null;

  @Field(() => SizeClassEnum, { nullable: true, description: "Size class (usaha mikro, kecil, menengah), for firms." })
  sizeClass!: SizeClass | null;

  @Field(() => Int, { nullable: true, description: "Number of workers (tenaga kerja), for firms." })
  workers!: number | null;

  @Field(() => [String], { nullable: true, description: "Main products (produk utama), for firms." })
  mainProducts!: string[] | null;

  @Field(() => Int, { nullable: true, description: "Year founded (tahun berdiri)." })
  yearFounded!: number | null;

  @Field(() => String, { nullable: true, description: "Industry code (KBLI 2020, Klasifikasi Baku Lapangan Usaha Indonesia), where known." })
  kbli!: string | null;
}

export const ActorConnection = connectionOf(() => Actor, "Actor", { what: "actor" });
