import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { toConnection, toPageRequest } from "./connection";
import { NeighbourArgs, NeighbourConnection } from "./neighbour.type";
import { Node } from "./node.interface";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any node by its id, or null when there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.nodes.load(id);
  }

  @FieldResolver(() => NeighbourConnection, {
    description: "The nodes joined to this one by any relationship, with the relationship's type, direction and properties.",
  })
  async neighbours(@Root() node: Node, @Args() args: NeighbourArgs, @Ctx() { loaders }: Context) {
    const page = toPageRequest(args);
    const result = await loaders.neighbours.load(node.id, { direction: args.direction, relationships: args.relationships ?? [] }, page);
    return toConnection(result, (row) => row);
  }
}
