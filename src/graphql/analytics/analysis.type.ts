import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { AnalysisAnswer } from "../../domain/analytics/stored-analysis";
import { Sentra } from "../sentra/sentra.type";
import { CooperationDensity } from "./cooperation.type";
import { RoundChange } from "./round-change.type";
import { SurveyTables } from "./survey.type";
import { ValueChain } from "./value-chain.type";
import { ClusterVerdict } from "./verdict.type";

@ObjectType({
  description:
    "How many firms a sentra has and how close together its core firms sit: the core firms surveyed (placed by Neo4j point distance) and, counted apart, the firms it is recorded to have.",
})
export class Concentration {
  @Field(() => Int, { description: "Core firms (role CORE in this sentra)." })
  coreFirms!: number;

  @Field(() => Int, { description: "Of those, firms with coordinates." })
  withCoordinates!: number;

  @Field({ description: "The radius used, in kilometres (threshold concentrationRadiusKm)." })
  radiusKm!: number;

  @Field(() => Int, { description: "The most core firms within radiusKm of one core firm, itself included." })
  maxWithinRadius!: number;

  @Field(() => Float, {
    nullable: true,
    description: "The firms (units of business) the sentra is recorded to have: its latest live `firms` statistic; null when none is recorded.",
  })
  recordedFirms!: number | null;

  @Field(() => Int, { nullable: true, description: "The year of that statistic; null when none is recorded." })
  recordedYear!: number | null;
}

@ObjectType({
  description:
    "Everything Simpul says about one sentra: value-chain completeness, cooperation density, the research's survey tables, and whether it is a true cluster, each with its evidence and coverage.",
})
export class SentraAnalysis {
  @Field(() => Sentra, { description: "The sentra analysed." })
  sentra!: Sentra;

  @Field(() => Concentration, { description: "How close together its core firms sit." })
  concentration!: Concentration;

  @Field(() => ValueChain, { description: "How complete its value chain is, and which links are missing or weak." })
  valueChain!: ValueChain;

  @Field(() => CooperationDensity, { description: "How dense and how active cooperation is." })
  cooperation!: CooperationDensity;

  @Field(() => SurveyTables, { nullable: true, description: "Tables 3 to 8 of the latest survey round; null when never surveyed." })
  survey!: SurveyTables | null;

  @Field(() => [SurveyTables], { description: "Tables 3 to 8 for every survey round, oldest first (one entry per round)." })
  surveyRounds!: SurveyTables[];

  @Field(() => RoundChange, { nullable: true, description: "What changed between the two latest rounds; null with fewer than two." })
  latestChange!: RoundChange | null;

  @Field(() => ClusterVerdict, { description: "Whether it is a true cluster, on which rung, and why." })
  verdict!: ClusterVerdict;
}

@ObjectType({ description: "Chosen sentra side by side, and the ids asked for that name no sentra." })
export class SentraComparison {
  @Field(() => [SentraAnalysis], { description: "The analyses of the sentra found, in the order asked." })
  analyses!: AnalysisAnswer[];

  @Field(() => [ID], { description: "Ids asked for that name no sentra (unknown or archived), in the order asked; empty when every one was found." })
  missingIds!: string[];
}
