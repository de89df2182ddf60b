import { msg, type Message, type Text } from "../../i18n/message";
import { LINKAGE_TYPES, type ActorKind, type Intensity, type LinkageType, type SentraRole } from "../vocabulary";
import { placeActors } from "./actor-stages";
import type { Coordinates, SentraNetwork } from "./network";
import { coreMemberIds, sentraTies } from "./network-views";
import { VALUE_CHAIN_STAGES, type ValueChainStage } from "./stages";

export interface DrawOptions {
  /** Tie types to draw (default: all). */
  linkageTypes?: readonly LinkageType[];
  /** 0 = core members only, 1 = plus their direct partners, ... (default 1). */
  depth?: number;
  /** Most nodes to return (default 150). */
  maxNodes?: number;
}

export interface DrawNode {
  id: string;
  name: string;
  kind: ActorKind;
  roles: SentraRole[];
  /** The stage it reaches most core members in (CORE_PRODUCTION for a core member). */
  stage: ValueChainStage;
  stages: ValueChainStage[];
  /** Steps from the nearest core member along the drawn tie types; null for an untied participant. */
  depth: number | null;
  isCore: boolean;
  /** No tie of the drawn types at all. */
  isIsolate: boolean;
  /** A supporting institution with no tie to any core member: "outside" the sentra (research/000 B.2). */
  isOutsideNetwork: boolean;
  /**
   * It takes part in the sentra, but no chain of drawn ties links it to a core member: drawn all
   * the same (it would never be reached from the core), apart from the rest.
   */
  untied: boolean;
  /** Where it is, when known. */
  location: Coordinates | null;
}

export interface DrawEdge {
  id: string;
  type: LinkageType;
  intensity: Intensity | null;
  fromId: string;
  toId: string;
}

export interface DrawableNetwork {
  nodes: DrawNode[];
  edges: DrawEdge[];
  /** Nodes within the depth before the cap. */
  totalNodes: number;
  truncated: boolean;
  message: Text | null;
}

export class InvalidDrawOptionError extends Error {
  override readonly name = "InvalidDrawOptionError";
  /** The refusal in the reader's language. */
  readonly text: Message;
  constructor(
    readonly option: string,
    readonly value: number,
    minimum: number,
  ) {
    super(`${option} must be a whole number, ${minimum} or more, got ${String(value)}`);
    this.text = msg("errors.drawOptionAtLeast", { field: option, min: minimum, value });
  }
}

/**
 * The network trimmed for drawing: breadth first from the core members along the chosen tie
 * types, nearest first and, at equal depth, the best-connected first, so that a cap cuts the
 * periphery and never an inner ring before an outer one. Then every participant of the sentra
 * that no chain of drawn ties links to a core member (the institutions "outside the network" of
 * research/000 B.2): no walk from the core would ever reach them, so they are added, untied.
 */
export function drawableNetwork(network: SentraNetwork, options: DrawOptions = {}): DrawableNetwork {
  const types = options.linkageTypes ?? LINKAGE_TYPES;
  const depth = options.depth ?? 1;
  const maxNodes = options.maxNodes ?? 150;
  if (!Number.isInteger(depth) || depth < 0) throw new InvalidDrawOptionError("depth", depth, 0);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new InvalidDrawOptionError("maxNodes", maxNodes, 1);

  const core = coreMemberIds(network);
  const allTies = sentraTies(network);
  const ties = allTies.filter((t) => types.includes(t.type));
  const neighbours = new Map<string, Set<string>>();
  for (const t of ties) {
    if (t.fromId === t.toId) continue;
    for (const [a, b] of [
      [t.fromId, t.toId],
      [t.toId, t.fromId],
    ])
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  }
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const actors = new Map(network.actors.map((a) => [a.id, a]));

  const distance = distancesFromCore(core, neighbours, (id) => actors.has(id));
  const walked = [...distance.keys()].filter((id) => distance.get(id)! <= depth);
  walked.sort((a, b) => distance.get(a)! - distance.get(b)! || degree(b) - degree(a) || a.localeCompare(b));
  const untied = network.actors
    .filter((a) => a.roles.length > 0 && !distance.has(a.id))
    .map((a) => a.id)
    .sort((a, b) => a.localeCompare(b));
  const ordered = [...walked, ...untied];
  const kept = ordered.slice(0, maxNodes);
  const keptSet = new Set(kept);

  const stagesOf = stageIndex(network);
  const tiedToCore = new Set(allTies.flatMap((t) => (core.has(t.fromId) ? [t.toId] : core.has(t.toId) ? [t.fromId] : [])));
  const nodes = kept.map((id): DrawNode => {
    const actor = actors.get(id)!;
    const { primary, all } = stagesOf.get(id)!;
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      roles: actor.roles,
      stage: primary,
      stages: all,
      depth: distance.get(id) ?? null,
      isCore: core.has(id),
      isIsolate: degree(id) === 0,
      isOutsideNetwork: !core.has(id) && actor.roles.includes("SUPPORTING_INSTITUTION") && !tiedToCore.has(id),
      untied: !distance.has(id),
      location: actor.location,
    };
  });
  const edges = ties
    .filter((t) => keptSet.has(t.fromId) && keptSet.has(t.toId))
    .map(({ id, type, intensity, fromId, toId }) => ({ id, type, intensity, fromId, toId }));
  const truncated = ordered.length > kept.length;
  return { nodes, edges, totalNodes: ordered.length, truncated, message: truncated ? cutMessage(ordered, kept.length, maxNodes, distance) : null };
}

/** Steps from the nearest core member, for every actor a chain of the given ties links to one. */
function distancesFromCore(core: Set<string>, neighbours: Map<string, Set<string>>, known: (id: string) => boolean): Map<string, number> {
  const distance = new Map<string, number>();
  let ring = [...core].filter(known);
  for (let d = 0; ring.length > 0; d++) {
    for (const id of ring) distance.set(id, d);
    ring = [...new Set(ring.flatMap((id) => [...(neighbours.get(id) ?? [])]))].filter((id) => !distance.has(id) && known(id));
  }
  return distance;
}

/** What the cap left out, in the reader's language: from which depth on, or only untied participants. */
function cutMessage(ordered: string[], shown: number, maxNodes: number, distance: Map<string, number>): Text {
  const firstCut = distance.get(ordered[shown]);
  const counts = { shown, total: ordered.length, maxNodes, cut: ordered.length - shown };
  return firstCut === undefined ? msg("network.truncatedUntied", counts) : msg("network.truncated", { ...counts, depth: firstCut });
}

function stageIndex(network: SentraNetwork): Map<string, { primary: ValueChainStage; all: ValueChainStage[] }> {
  const byActor = new Map<string, Array<{ stage: ValueChainStage; reach: number }>>();
  for (const p of placeActors(network)) {
    const reach = new Set([...p.tieLinks.map((l) => l.coreMemberId), ...p.forumCoreMemberIds]).size;
    byActor.set(p.actor.id, [...(byActor.get(p.actor.id) ?? []), { stage: p.stage, reach }]);
  }
  const order = (s: ValueChainStage) => VALUE_CHAIN_STAGES.indexOf(s);
  return new Map(
    [...byActor.entries()].map(([id, placed]) => {
      const sorted = [...placed].sort((a, b) => b.reach - a.reach || order(a.stage) - order(b.stage));
      return [id, { primary: sorted[0].stage, all: placed.map((p) => p.stage).sort((a, b) => order(a) - order(b)) }];
    }),
  );
}
