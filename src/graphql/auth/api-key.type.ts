import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ROLES, type Role } from "../../auth/roles";
import { enumOf } from "../common/enums";

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: "Role",
  description:
    "What an API key may do; each role may do all the roles before it may: VIEWER reads, EDITOR also writes, ADMIN also archives, purges, imports and manages keys.",
});

@ObjectType({ description: "An API key as Simpul stores it: never the key itself, which is shown once when `npm run keys -- create` makes it." })
export class ApiKey {
  @Field(() => ID, { description: "The key's public id, the part after `simpul_`; `npm run keys -- revoke ID` takes it." })
  id!: string;

  @Field({ description: "Who or what holds the key." })
  name!: string;

  @Field(() => RoleEnum, { description: "What the key may do." })
  role!: Role;

  @Field({ description: "When the key was created (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "When the key was revoked (ISO 8601); null while it works." })
  revokedAt!: string | null;
}

@ObjectType({ description: "The API key this request was sent with." })
export class Caller {
  @Field(() => ID, { description: "The key's public id." })
  keyId!: string;

  @Field({ description: "Who or what holds the key." })
  name!: string;

  @Field(() => RoleEnum, { description: "What the key may do." })
  role!: Role;
}
