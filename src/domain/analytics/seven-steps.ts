import { msg, type Message, type Text } from "../../i18n/message";
import type { AssistanceRole } from "../vocabulary";
import { CITATIONS, type Citation } from "./citations";
import { FKAK_ABOUT_FIFTEEN, largestFkak } from "./fkak-size";
import type { SentraNetwork } from "./network";
import type { ValueChainStage } from "./stages";
import type { ValueChain } from "./value-chain";

/** research/001 B and research/004 B.2: the seven-step model of cluster development. */
export const SEVEN_STEPS = ["FPK", "LEADING_INDUSTRY", "SUPPORTING_INSTITUTIONS_MAPPED", "FKAK", "LPT_AGREEMENT", "PKE_AGREEMENT", "MONITORING"] as const;
export type SevenStepId = (typeof SEVEN_STEPS)[number];

export interface SevenStep {
  step: number;
  id: SevenStepId;
  /** In the research's own words (research/001 B); the catalogue's steps.title.<id>. */
  title: Message;
  evidenced: boolean;
  /** What in the graph shows the step done. */
  evidence: Text[];
  /** What the graph lacks for the step. */
  missing: Text[];
  /** Where the research sets the step out, and what it asks of it. */
  citations: readonly Citation[];
}

export interface SevenStepPath {
  steps: SevenStep[];
  /** The first step not evidenced: the recommended next step; null when all seven are. */
  nextStep: SevenStep | null;
}

const C = CITATIONS;
const STEP_CITATIONS: Record<SevenStepId, readonly Citation[]> = {
  FPK: [C.step1, C.fpkByName, C.fpkDecree],
  LEADING_INDUSTRY: [C.step2],
  SUPPORTING_INSTITUTIONS_MAPPED: [C.step3],
  FKAK: [C.step4, C.fkakSize],
  LPT_AGREEMENT: [C.step5, C.lptFormal],
  PKE_AGREEMENT: [C.step6, C.pkeFormal],
  MONITORING: [C.step7],
};

/** research/001 B.3: the five kinds of supporting party to map, as value-chain stages. */
const STEP_3_PARTIES: Array<[string, ValueChainStage[]]> = [
  ["supplier", ["RAW_MATERIAL_SUPPLY", "AUXILIARY_MATERIAL_SUPPLY", "EQUIPMENT_SUPPLY"]],
  ["finance", ["FINANCE"]],
  ["distribution", ["TRADE_AND_DISTRIBUTION"]],
  ["promotion", ["PROMOTION"]],
  ["certification", ["CERTIFICATION"]],
];

type Finding = { evidence: Text[]; missing: Text[] };

export function sevenStepPath(network: SentraNetwork, chain: ValueChain): SevenStepPath {
  const findings: Array<[SevenStepId, Finding]> = [
    ["FPK", fpk(network)],
    ["LEADING_INDUSTRY", leadingIndustry(network)],
    ["SUPPORTING_INSTITUTIONS_MAPPED", supportingMapped(chain)],
    ["FKAK", fkak(network)],
    ["LPT_AGREEMENT", agreement(network, "LPT")],
    ["PKE_AGREEMENT", agreement(network, "PKE")],
    ["MONITORING", monitoring(network)],
  ];
  const steps = findings.map(([id, f], i) => ({
    step: i + 1,
    id,
    title: msg(`steps.title.${id}`),
    evidenced: f.missing.length === 0,
    ...f,
    citations: STEP_CITATIONS[id],
  }));
  return { steps, nextStep: steps.find((s) => !s.evidenced) ?? null };
}

function forumText(forum: { name: string; founded: string | null }): Text {
  return forum.founded ? msg("steps.forumFounded", { name: forum.name, founded: forum.founded }) : forum.name;
}

function fpk(network: SentraNetwork): Finding {
  const forums = network.forums.filter((f) => f.kind === "FPK");
  if (forums.length === 0) return { evidence: [], missing: [msg("steps.missing.noFpk")] };
  const best = [...forums].sort((a, b) => Number(b.decree !== null) - Number(a.decree !== null) || b.members.length - a.members.length)[0];
  const named = best.members.filter((m) => m.personId !== null).length;
  const evidence: Text[] = [forumText(best)];
  const missing: Text[] = [];
  if (named > 0) evidence.push(msg("steps.evidence.namedMembers", { named }));
  else missing.push(msg("steps.missing.noNamedMember"));
  if (best.decree) evidence.push(msg("steps.evidence.decree", { decree: best.decree }));
  else missing.push(msg("steps.missing.noDecree"));
  return { evidence, missing };
}

function leadingIndustry(network: SentraNetwork): Finding {
  return network.sentra.unggulan
    ? { evidence: [msg("steps.evidence.unggulan", { name: network.sentra.name })], missing: [] }
    : { evidence: [], missing: [msg("steps.missing.notUnggulan")] };
}

function supportingMapped(chain: ValueChain): Finding {
  const present = (stages: ValueChainStage[]) => chain.stages.filter((s) => stages.includes(s.stage)).flatMap((s) => s.actors);
  const evidence: Text[] = [];
  const missing: Text[] = [];
  for (const [party, stages] of STEP_3_PARTIES) {
    const actors = present(stages);
    if (actors.length > 0) evidence.push(msg(`steps.evidence.party.${party}`, { names: [...new Set(actors.map((a) => a.name))] }));
    else missing.push(msg(`steps.missing.party.${party}`));
  }
  return { evidence, missing };
}

function fkak(network: SentraNetwork): Finding {
  // The FKAK that FKAK_MEMBERS judges, read alike: at least ten members (about fifteen); a larger one is noted, not missing.
  const forum = largestFkak(network.forums);
  if (!forum) return { evidence: [], missing: [msg("steps.missing.noFkak")] };
  const { min, max } = FKAK_ABOUT_FIFTEEN;
  const members = forum.members.length;
  const evidence = [msg(members > max ? "steps.evidence.fkakLarge" : "steps.evidence.fkak", { forum: forumText(forum), members })];
  return members >= min ? { evidence, missing: [] } : { evidence, missing: [msg("steps.missing.fkakSize", { members, min })] };
}

function agreement(network: SentraNetwork, role: AssistanceRole): Finding {
  const fkakIds = new Set(network.forums.filter((f) => f.kind === "FKAK").map((f) => f.id));
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  const found = network.agreements.filter((a) => a.providerRole === role && fkakIds.has(a.forumId));
  if (found.length === 0) return { evidence: [], missing: [msg("steps.missing.noAgreement", { role })] };
  return {
    evidence: found.map((a) => {
      const provider = names.get(a.providerId) ?? a.providerId;
      return a.endDate === null
        ? msg("steps.evidence.agreementOpen", { role, provider, start: a.startDate })
        : msg("steps.evidence.agreement", { role, provider, start: a.startDate, end: a.endDate });
    }),
    missing: [],
  };
}

function monitoring(network: SentraNetwork): Finding {
  const dates = [...network.monitoringDates].sort();
  return dates.length === 0
    ? { evidence: [], missing: [msg("steps.missing.noMonitoring")] }
    : { evidence: [msg("steps.evidence.monitoring", { visits: dates.length, latest: dates[dates.length - 1] })], missing: [] };
}
