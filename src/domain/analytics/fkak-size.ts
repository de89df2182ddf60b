import type { NetworkForum } from "./network";

/**
 * research/001 B.4 sizes the FKAK at "sekitar 15 orang saja" (about 15 people only). Simpul reads
 * it as a size guide: at least 10 members (the fkakMinMembers default), one reading for both the
 * FKAK_MEMBERS criterion and step 4 of the seven-step path. An FKAK above 20 members still meets
 * it; its size is noted as more than about fifteen, not counted as missing.
 */
export const FKAK_ABOUT_FIFTEEN = { about: 15, min: 10, max: 20 } as const;

/** The FKAK both the criterion and step 4 judge: the largest (ties broken by id). */
export function largestFkak(forums: readonly NetworkForum[]): NetworkForum | undefined {
  return forums.filter((f) => f.kind === "FKAK").sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
}
