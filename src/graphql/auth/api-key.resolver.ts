import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { apiKeyData } from "./api-key.data";
import { ApiKey, Caller } from "./api-key.type";

@Resolver()
export class ApiKeyResolver {
  @Query(() => Caller, { nullable: true, description: "The API key this request was sent with (its id, name and role), or null without one." })
  caller(@Ctx() { caller }: Context): Caller | null {
    return caller;
  }

  @Authorized("ADMIN")
  @Query(() => [ApiKey], { description: "Every API key, oldest first, revoked ones included; never a key or its hash. ADMIN only." })
  async apiKeys(@Ctx() { data }: Context): Promise<ApiKey[]> {
    return data.of(apiKeyData).all();
  }
}
