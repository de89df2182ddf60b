import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { NodeRow } from "../../repositories/node-row";
import { Actor, ActorConnection } from "../actor/actor.type";
import { connectionFrom, PageArgs } from "../common/connection";
import type { Context } from "../context";
import { SentraConnection } from "../sentra/sentra.type";
import { programmeData } from "./programme.data";
import { Programme } from "./programme.type";

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "Who runs it." })
  runBy(@Root() programme: NodeRow, @Ctx() { data }: Context) {
    return data.of(programmeData).links.runBy.load(programme.id);
  }

  @FieldResolver(() => ActorConnection, { description: "Partners in running it." })
  partners(@Root() programme: NodeRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(programmeData).lists.partners, programme.id, {}, args);
  }

  @FieldResolver(() => SentraConnection, { description: "The sentra it targets." })
  sentra(@Root() programme: NodeRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(programmeData).lists.sentra, programme.id, {}, args);
  }
}
