/**
 * research/001 B.4 sizes the FKAK at "sekitar 15 orang saja" (about 15 people only). Simpul reads
 * "about fifteen" as 10 to 20 members, one reading for both the FKAK_MEMBERS criterion (at least
 * the lower bound, the fkakMinMembers default) and step 4 of the seven-step path (within the range).
 */
export const FKAK_ABOUT_FIFTEEN = { about: 15, min: 10, max: 20 } as const;
