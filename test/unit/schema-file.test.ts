import fs from "node:fs";
import path from "node:path";
import { getNamedType, getNullableType, GraphQLList, isCompositeType, isObjectType } from "graphql";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { renderSdl } from "../../src/graphql/sdl";
import { TYPENAME_BY_LABEL, TYPENAME_BY_OBSERVATION_KIND } from "../../src/domain/graph";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run emit-schema` after changing types)", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(renderSdl(await buildSimpulSchema()));
  });

  it("describes every type and field", async () => {
    const schema = await buildSimpulSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      // type-graphql gives the root Query and Mutation types no description of their own.
      if (!type.description && type !== schema.getQueryType() && type !== schema.getMutationType()) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Plain lists allowed, each with why it stays small: fixed breakdowns, or bounded by one sentra.
  const PLAIN_LISTS: Record<string, string> = {
    "SentraAnalysis.surveyRounds": "one entry per survey round of one sentra",
    "ValueChain.stages": "the thirteen value-chain stages",
    "ValueChain.linkageCoverage": "the eight linkage types",
    "ValueChainStageResult.actors": "the actors of one stage of one sentra's network",
    "CooperationDensity.byLinkageType": "the eight linkage types",
    "GraphMetrics.brokers": "actors of one sentra's network",
    "SurveyTables.cooperation": "the four survey questions",
    "RoundChange.cooperation": "the four survey questions",
    "ClusterVerdict.criteria": "the verdict's fixed criteria",
    "ClusterVerdict.thresholds": "the verdict's fixed thresholds",
    "SevenStepPath.steps": "the seven steps",
    "ClusterVerdict.undetermined": "a subset of the verdict's fixed criteria",
    "Criterion.citations": "the few works one criterion's threshold cites",
    "AppliedThreshold.citations": "the few works one threshold cites",
    "SevenStep.citations": "the few passages one step cites",
    "PartnerSuggestion.scoreParts": "the three parts of the score",
    "SentraComparison.analyses": "at most MAX_COMPARED (20) sentra, refused beyond",
    "DrawableNetwork.nodes": "capped by maxNodes (at most MAX_DRAWN_NODES, 1000), with `truncated` and a message",
    "DrawableNetwork.edges": "the ties among the capped nodes of one sentra's network",
    "MemberPartners.suggestions": "at most suggestionsPerMember (20)",
    "PartnerSuggestion.reasons": "the few reason codes",
    "Community.overlaps": "the designated sentra of one region its members take part in",
    "SurveyImportResult.problems": "the problems of one upload, itself at most 256 KiB",
    "Query.apiKeys": "the deployment's API keys, each made by hand with npm run keys; ADMIN only",
  };

  it("returns every list of objects as a cursor connection (only a connection's edges, and the allowlisted breakdowns, are plain lists)", async () => {
    const schema = await buildSimpulSchema();
    const plainLists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
      for (const field of Object.values(type.getFields())) {
        const isList = getNullableType(field.type) instanceof GraphQLList;
        const name = `${type.name}.${field.name}`;
        if (isList && isCompositeType(getNamedType(field.type)) && !(name in PLAIN_LISTS)) plainLists.push(name);
      }
    }
    expect(plainLists).toEqual([]);
  });

  it("caps every connection's page size through a `first` argument", async () => {
    const schema = await buildSimpulSchema();
    const uncapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name.endsWith("Connection") && !field.args.some((a) => a.name === "first")) uncapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(uncapped).toEqual([]);
  });
});

describe("the graph's node types in the schema", () => {
  it("serves every label of src/domain/graph.ts as a GraphQL type implementing Node", async () => {
    const schema = await buildSimpulSchema();
    const typenames = [...Object.values(TYPENAME_BY_LABEL), ...Object.values(TYPENAME_BY_OBSERVATION_KIND)].flatMap((t) => (t === null ? [] : [t as string]));
    const node = schema.getType("Node");
    const missing = typenames.filter((name) => {
      const type = schema.getType(name);
      return !isObjectType(type) || !type.getInterfaces().includes(node as never);
    });
    expect(missing).toEqual([]);
  });
});
