import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new sentra. Give a stable `id` to make the creation safe to retry: the same id and values return the stored sentra." })
export class CreateSentraInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "Main product, 1 to 200 characters." })
  product!: string;

  @Field({ description: "Sector, 1 to 100 characters." })
  sector!: string;

  @Field({ description: "What the sentra makes and how it is organised, 1 to 2000 characters." })
  description!: string;

  @Field({ description: "Designated by its region as a leading industry (industri unggulan)." })
  unggulan!: boolean;

  @Field(() => ID, { description: "The region it lies in (must exist)." })
  regionId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "KBLI 2020 kelompok code of its main activity: five digits whose first two are a KBLI 2020 division (e.g. 24310, pengecoran besi dan baja). Partner suggestions count the sentra sharing it as the same product.",
  })
  kbli?: string | null;
}

@InputType({ description: "Changes to a sentra: only the fields given change." })
export class UpdateSentraInput {
  @Field(() => ID, { description: "The sentra to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New product." })
  product?: string | null;

  @Field(() => String, { nullable: true, description: "New sector." })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it is a leading industry." })
  unggulan?: boolean | null;

  @Field(() => ID, { nullable: true, description: "New region (must exist)." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "New KBLI 2020 kelompok code (five digits in a KBLI 2020 division)." })
  kbli?: string | null;
}
