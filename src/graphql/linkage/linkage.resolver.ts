import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { LinkageRow } from "../../repositories/linkage-row";
import { actorData } from "../actor/actor.data";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { sentraData } from "../sentra/sentra.data";
import { Sentra } from "../sentra/sentra.type";
import { Linkage } from "./linkage.type";

@Resolver(() => Linkage)
export class LinkageResolver {
  @FieldResolver(() => Actor, { description: "The actor where the tie starts." })
  from(@Root() linkage: LinkageRow, @Ctx() { data }: Context) {
    return data.of(actorData).byId.load(linkage.fromId);
  }

  @FieldResolver(() => Actor, { description: "The actor where the tie ends." })
  to(@Root() linkage: LinkageRow, @Ctx() { data }: Context) {
    return data.of(actorData).byId.load(linkage.toId);
  }

  @FieldResolver(() => Actor, { description: "The actor at the other end from the one asked about." })
  partner(@Root() linkage: LinkageRow) {
    return linkage.partner;
  }

  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra this tie belongs to, if any." })
  sentra(@Root() linkage: LinkageRow, @Ctx() { data }: Context) {
    return linkage.sentraId ? data.of(sentraData).byId.load(linkage.sentraId) : null;
  }
}
