import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new survey round. Give a stable `id` to make the creation safe to retry: the same id and values return the stored round." })
export class CreateSurveyRoundInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "When the survey was taken, YYYY-MM-DD, not in the future." })
  date!: string;

  @Field({ description: "Where the data comes from, at most 500 characters." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Caveats about the data, at most 2000 characters." })
  notes?: string | null;
}

@InputType({ description: "Changes to a survey round: only the fields given change; null clears notes." })
export class UpdateSurveyRoundInput {
  @Field(() => ID, { description: "The round to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New date, YYYY-MM-DD, not in the future." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "New source." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "New notes; null clears them." })
  notes?: string | null;
}
