import type { GraphQLError } from "graphql";
import type { Role } from "../../auth/roles";
import { msg, type Text } from "../../i18n/message";
import { clientError, ErrorCode } from "../errors";

/**
 * The request as a whole is refused (HTTP 401, `WWW-Authenticate: Bearer`): its key is missing
 * where every request needs one, malformed, unknown or revoked. Apollo answers an error thrown
 * while building the context with the error itself and the status its `http` extension names.
 */
export function unauthenticatedRequest(message: Text): GraphQLError {
  return clientError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="simpul"']]) } },
  });
}

/** A field that needs a key, asked for without one; the rest of the response stands. */
export function keyRequired(needed: Role): GraphQLError {
  return clientError(msg("errors.keyRequired", { role: needed }), {
    extensions: { code: ErrorCode.UNAUTHENTICATED, requiredRole: needed },
  });
}

/** A field whose role is above the caller's key. */
export function forbidden(needed: Role, held: Role): GraphQLError {
  return clientError(msg("errors.forbidden", { role: needed, held }), {
    extensions: { code: ErrorCode.FORBIDDEN, requiredRole: needed, role: held },
  });
}
