import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { NodeRow } from "../../repositories/node-row";
import type { Context } from "../context";
import { connectionFrom } from "./connection";
import { NeighbourArgs, NeighbourConnection } from "./neighbour.type";
import { nodeData } from "./node.data";
import { Node } from "./node.interface";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any node by its id, or null when there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() { data }: Context) {
    return data.of(nodeData).byId.load(id);
  }

  @FieldResolver(() => NeighbourConnection, {
    description: "The nodes joined to this one by any relationship, with the relationship's type, direction and properties.",
  })
  neighbours(@Root() node: NodeRow, @Args() args: NeighbourArgs, @Ctx() { data }: Context) {
    const filter = { direction: args.direction, relationships: args.relationships ?? [] };
    return connectionFrom(data.of(nodeData).neighbours, node.id, filter, args, (row) => row);
  }
}
