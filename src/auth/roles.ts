/**
 * Who may do what. Roles are ordered: each one may do everything the roles below it may, so an
 * ADMIN satisfies @Authorized("EDITOR") and an EDITOR satisfies @Authorized("VIEWER").
 */
export const ROLES = ["VIEWER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a caller holding `held` may do what needs `needed`. */
export function satisfies(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** The weakest of `roles` (what @Authorized("EDITOR", "ADMIN") asks for); VIEWER when none are named. */
export function weakestOf(roles: readonly string[]): Role {
  for (const role of roles) if (!isRole(role)) throw new Error(`Unknown role "${role}" in @Authorized; use one of ${ROLES.join(", ")}`);
  const ranked = (roles as Role[]).map((role) => ROLES.indexOf(role));
  return ranked.length === 0 ? "VIEWER" : ROLES[Math.min(...ranked)];
}
