import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Context } from "../context";
import { writeData } from "./write.data";

@ObjectType({ description: "What a purge deleted for good." })
export class PurgeResult {
  @Field(() => ID, { description: "Id of what was deleted." })
  id!: string;

  @Field({ description: "What it was: a node label (e.g. Actor, Person) or LINKED for a linkage." })
  label!: string;

  @Field(() => Int, { description: "Relationships deleted with it." })
  relationshipsDeleted!: number;
}

@Resolver()
export class PurgeResolver {
  @Authorized("ADMIN")
  @Mutation(() => PurgeResult, {
    description:
      "For legal erasure only (e.g. a person's right to have their data deleted): deletes an archived node or linkage and its relationships for good. Refused with CONFLICT for anything live (archive it first) and for a node other records still need (purge those first). Everything else should archive, so history survives.",
  })
  purge(@Arg("id", () => ID, { description: "The archived node or linkage." }) id: string, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).purge(id);
  }
}
