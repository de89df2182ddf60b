import type { AssistanceRole } from "../vocabulary";
import type { SentraNetwork } from "./network";
import type { ValueChainStage } from "./stages";
import type { ValueChain } from "./value-chain";

/** research/001 B and research/004 B.2: the seven-step model of cluster development. */
export const SEVEN_STEPS = ["FPK", "LEADING_INDUSTRY", "SUPPORTING_INSTITUTIONS_MAPPED", "FKAK", "LPT_AGREEMENT", "PKE_AGREEMENT", "MONITORING"] as const;
export type SevenStepId = (typeof SEVEN_STEPS)[number];

export interface SevenStep {
  step: number;
  id: SevenStepId;
  title: string;
  evidenced: boolean;
  /** What in the graph shows the step done. */
  evidence: string[];
  /** What the graph lacks for the step. */
  missing: string[];
}

export interface SevenStepPath {
  steps: SevenStep[];
  /** The first step not evidenced: the recommended next step; null when all seven are. */
  nextStep: SevenStep | null;
}

/** research/001 B step 4: "sekitar 15 orang": Simpul reads "about fifteen" as 10 to 20. */
export const FKAK_ABOUT_FIFTEEN = { min: 10, max: 20 } as const;

/** research/001 B step 3: the five kinds of supporting party to map, as value-chain stages. */
const STEP_3_PARTIES: Array<[string, ValueChainStage[]]> = [
  ["supplier", ["RAW_MATERIAL_SUPPLY", "AUXILIARY_MATERIAL_SUPPLY", "EQUIPMENT_SUPPLY"]],
  ["financial institution", ["FINANCE"]],
  ["distributor or marketing", ["TRADE_AND_DISTRIBUTION"]],
  ["promotion body", ["PROMOTION"]],
  ["certification body", ["CERTIFICATION"]],
];

type Finding = { evidence: string[]; missing: string[] };

export function sevenStepPath(network: SentraNetwork, chain: ValueChain): SevenStepPath {
  const findings: Array<[SevenStepId, string, Finding]> = [
    ["FPK", "Form the cluster development forum (FPK), members by name, formalised by decree", fpk(network)],
    ["LEADING_INDUSTRY", "Choose the leading industry (industri unggulan)", leadingIndustry(network)],
    ["SUPPORTING_INSTITUTIONS_MAPPED", "Map the supporting institutions", supportingMapped(chain)],
    ["FKAK", "Form the cluster members' forum (FKAK) of about fifteen representatives", fkak(network)],
    ["LPT_AGREEMENT", "Engage a technical assistance body (LPT) under a B2B agreement", agreement(network, "LPT")],
    ["PKE_AGREEMENT", "Engage an economic mentor (PKE) under a B2B agreement", agreement(network, "PKE")],
    ["MONITORING", "Monitor and evaluate", monitoring(network)],
  ];
  const steps = findings.map(([id, title, f], i) => ({ step: i + 1, id, title, evidenced: f.missing.length === 0, ...f }));
  return { steps, nextStep: steps.find((s) => !s.evidenced) ?? null };
}

function fpk(network: SentraNetwork): Finding {
  const forums = network.forums.filter((f) => f.kind === "FPK");
  if (forums.length === 0) return { evidence: [], missing: ["no FPK recorded"] };
  const best = [...forums].sort((a, b) => Number(b.decree !== null) - Number(a.decree !== null) || b.members.length - a.members.length)[0];
  const named = best.members.filter((m) => m.personId !== null).length;
  const evidence = [`${best.name}${best.founded ? `, founded ${best.founded}` : ""}`];
  const missing: string[] = [];
  if (named > 0) evidence.push(`${named} members named person by person`);
  else missing.push("no member named person by person");
  if (best.decree) evidence.push(`decree: ${best.decree}`);
  else missing.push("no decree (SK Bupati/Walikota): the forum is informal");
  return { evidence, missing };
}

function leadingIndustry(network: SentraNetwork): Finding {
  return network.sentra.unggulan
    ? { evidence: [`${network.sentra.name} is designated a leading industry (unggulan)`], missing: [] }
    : { evidence: [], missing: ["the sentra is not designated a leading industry (unggulan)"] };
}

function supportingMapped(chain: ValueChain): Finding {
  const present = (stages: ValueChainStage[]) => chain.stages.filter((s) => stages.includes(s.stage)).flatMap((s) => s.actors);
  const evidence: string[] = [];
  const missing: string[] = [];
  for (const [party, stages] of STEP_3_PARTIES) {
    const actors = present(stages);
    if (actors.length > 0) evidence.push(`${party}: ${[...new Set(actors.map((a) => a.name))].join(", ")}`);
    else missing.push(`no ${party} mapped`);
  }
  return { evidence, missing };
}

function fkak(network: SentraNetwork): Finding {
  const forums = network.forums.filter((f) => f.kind === "FKAK");
  if (forums.length === 0) return { evidence: [], missing: ["no FKAK recorded"] };
  const { min, max } = FKAK_ABOUT_FIFTEEN;
  const fitting = forums.find((f) => f.members.length >= min && f.members.length <= max);
  const forum = fitting ?? forums[0];
  const evidence = [`${forum.name}${forum.founded ? `, founded ${forum.founded}` : ""}, ${forum.members.length} members`];
  return fitting ? { evidence, missing: [] } : { evidence, missing: [`${forum.members.length} members, not about fifteen (${min} to ${max})`] };
}

function agreement(network: SentraNetwork, role: AssistanceRole): Finding {
  const fkakIds = new Set(network.forums.filter((f) => f.kind === "FKAK").map((f) => f.id));
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  const found = network.agreements.filter((a) => a.providerRole === role && fkakIds.has(a.forumId));
  if (found.length === 0) return { evidence: [], missing: [`no ${role} agreement with the FKAK`] };
  return {
    evidence: found.map((a) => `${role} ${names.get(a.providerId) ?? a.providerId}, ${a.startDate} to ${a.endDate ?? "open"}`),
    missing: [],
  };
}

function monitoring(network: SentraNetwork): Finding {
  const dates = [...network.monitoringDates].sort();
  return dates.length === 0
    ? { evidence: [], missing: ["no monitoring or evaluation visit recorded"] }
    : { evidence: [`${dates.length} monitoring visit(s), latest ${dates[dates.length - 1]}`], missing: [] };
}
