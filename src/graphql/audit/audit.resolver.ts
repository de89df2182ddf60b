import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { auditData } from "./audit.data";
import { ChangeConnection, ChangeListArgs } from "./change.type";

@Resolver()
export class AuditResolver {
  @Authorized("ADMIN")
  @Query(() => ChangeConnection, {
    description: "The audit trail, newest first: every change made by a mutation or an import, or the changes of one record (targetId). ADMIN only.",
  })
  async changes(@Args() args: ChangeListArgs, @Ctx() { data }: Context) {
    return toConnection(await data.of(auditData).list(args.targetId ?? null, toPageRequest(args)));
  }
}
