import type { AuthCheckerFn } from "type-graphql";
import { satisfies, weakestOf } from "../../auth/roles";
import type { Context } from "../context";
import { forbidden, keyRequired } from "./auth-errors";

/**
 * type-graphql's one authChecker: `@Authorized("EDITOR")` admits a caller whose key's role is
 * EDITOR or above (roles are ordered, so ADMIN satisfies it); `@Authorized()` any valid key. It
 * throws its own errors so the client sees UNAUTHENTICATED (no key) or FORBIDDEN (too low a role).
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  const needed = weakestOf(roles);
  if (!context.caller) throw keyRequired(needed);
  if (!satisfies(context.caller.role, needed)) throw forbidden(needed, context.caller.role);
  return true;
};
