import { Field, ID, InputType, Int } from "type-graphql";

@InputType({
  description:
    "A new person (personal data: a name and a position). Give a stable `id` to make the creation safe to retry; an id must not carry personal data (no names in ids).",
})
export class CreatePersonInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Position, e.g. Kepala Bidang Perindustrian; at most 200 characters." })
  position?: string | null;

  @Field(() => ID, { nullable: true, description: "The actor this person represents (must exist)." })
  representsActorId?: string | null;
}

@InputType({ description: "Changes to a person: only the fields given change; null clears position or representsActorId." })
export class UpdatePersonInput {
  @Field(() => ID, { description: "The person to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New position; null clears it." })
  position?: string | null;

  @Field(() => ID, { nullable: true, description: "Another actor represented (must exist); null: the person represents no actor." })
  representsActorId?: string | null;
}
