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
  partner: ActorRow;
}

export function asLinkage(raw: unknown): LinkageRow | undefined {
  const { partner, ...linkage } = raw as Omit<LinkageRow, "partner"> & { partner: unknown };
  const row = toNodeRow<ActorRow>(partner);
  return row ? { ...linkage, partner: row } : undefined;
}
