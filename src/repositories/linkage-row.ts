import type { Orientation } from "../domain/graph";
import type { Flow, Intensity, LinkageType } from "../domain/vocabulary";
import type { ActorRow } from "./actor-row";
import { toNodeRow } from "./node-row";

export interface LinkageRow {
  id: string;
  type: LinkageType;
  intensity: Intensity | null;
  flows: Flow[];
  since: string | null;
  description: string | null;
  sentraId: string | null;
  fromId: string;
  toId: string;
  /** Seen from the actor whose linkages were asked for. */
  direction: Orientation;
  version: number;
  partner: ActorRow;
}

/** Every projected tie becomes a row here; one stored before versions existed (seed, import) is at its first version. */
export function asLinkage(raw: unknown): LinkageRow | undefined {
  const { partner, version, ...linkage } = raw as Omit<LinkageRow, "partner" | "version"> & { partner: unknown; version?: number | null };
  const row = toNodeRow<ActorRow>(partner);
  return row ? { ...linkage, version: version ?? 1, partner: row } : undefined;
}
