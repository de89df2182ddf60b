import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { Text } from "../../i18n/message";
import { connectionOf } from "../common/connection";
import { TextScalar } from "../common/text.scalar";

@ObjectType({ description: "How much of a community one designated sentra accounts for." })
export class SentraOverlap {
  @Field(() => ID, { description: "The sentra's id." })
  sentraId!: string;

  @Field(() => Int, { description: "Community members taking part in this sentra." })
  members!: number;

  @Field(() => Float, { description: "members / community size." })
  shareOfCommunity!: number;

  @Field(() => Float, { description: "Of the sentra's actors in the region graph, the share inside this community." })
  shareOfSentra!: number;
}

@ObjectType({
  description:
    "A group of actors tied by business (cooperation, supply, sales) more among themselves than with the rest: a cluster in the making, designated or not.",
})
export class Community {
  @Field(() => Int, { description: "1 for the largest community, then by size." })
  id!: number;

  @Field(() => Int, { description: "How many actors." })
  size!: number;

  @Field(() => [ID], { description: "Its actors' ids (query `actor(id:)` or `node(id:)` for more)." })
  memberIds!: string[];

  @Field(() => Int, { description: "Tied pairs with both ends inside." })
  internalTies!: number;

  @Field(() => [SentraOverlap], { description: "The designated sentra its members take part in." })
  overlaps!: SentraOverlap[];

  @Field(() => ID, { nullable: true, description: "The sentra whose members are most of it, if any." })
  coveredBy!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The member every tie inside touches, when one does: a star (one actor's clients, suppliers or buyers), never counted as undesignated.",
  })
  hubId!: string | null;

  @Field({ description: "True when no designated sentra covers it mostly and it is not a star: cooperation that policy has not named." })
  undesignated!: boolean;

  @Field(() => TextScalar, { description: "Why it is, or is not, undesignated, in the request's language." })
  explanation!: Text;
}

export const CommunityConnection = connectionOf(() => Community, "Community", { what: "community" });

@ObjectType({ description: "Louvain community detection over a region's linkage graph (seeded, so the same graph gives the same answer)." })
export class CommunityDetection {
  @Field(() => ID, { description: "The region." })
  regionId!: string;

  @Field(() => Float, { nullable: true, description: "Modularity of the whole partition; null for a graph without ties." })
  modularity!: number | null;

  @Field(() => Int, { description: "Actors in the region graph." })
  nodeCount!: number;

  @Field(() => Int, { description: "Distinct tied pairs in it." })
  edgeCount!: number;

  @Field(() => [ID], { description: "Actors with no tie in the region graph (not a community of their own)." })
  singletons!: string[];

  @Field(() => Int, { description: "Seed of Louvain's random order." })
  seed!: number;

  @Field(() => Float, { description: "Louvain resolution used." })
  resolution!: number;

  @Field({ description: "True when the region had more actors than the limit and the graph was cut." })
  truncated!: boolean;

  @Field(() => Int, { description: "Service ties (finance, technical and economic assistance, promotion, certification) left out of detection." })
  serviceTiesLeftOut!: number;

  @Field(() => TextScalar, { description: "The rule communities follow: business ties only, and a star is never undesignated; in the request's language." })
  rule!: Text;
}
