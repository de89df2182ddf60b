import type { ActorKind, SizeClass } from "../domain/vocabulary";
import type { NodeRow } from "./node-row";

/** An actor as every query returns it (see node-row.ts). */
export interface ActorRow extends NodeRow {
  name: string;
  kind: ActorKind;
  description: string | null;
  location: { latitude: number; longitude: number } | null;
  sizeClass: SizeClass | null;
  workers: number | null;
  mainProducts: string[] | null;
  yearFounded: number | null;
  kbli: string | null;
}
