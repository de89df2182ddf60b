import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";
import type { ActorKind, SizeClass } from "../../domain/vocabulary";
import { ActorKindEnum, SizeClassEnum } from "../common/enums";

@InputType({ description: "A position in WGS 84." })
class LocationInput {
  @Field(() => Float, { description: "Degrees north, -90 to 90 (negative: south)." })
  latitude!: number;

  @Field(() => Float, { description: "Degrees east, -180 to 180." })
  longitude!: number;
}

@InputType({ description: "A new actor. Give a stable `id` to make the creation safe to retry: the same id and values return the stored actor." })
class CreateActorInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field(() => ActorKindEnum, { description: "What kind of organisation it is." })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: "A short description, at most 2000 characters." })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "The region it is located in (must exist)." })
  regionId?: string | null;

  @Field(() => LocationInput, { nullable: true, description: "Where it is." })
  location?: LocationInput | null;

  @Field(() => SizeClassEnum, { nullable: true, description: "Size class, for firms." })
  sizeClass?: SizeClass | null;

  @Field(() => Int, { nullable: true, description: "Number of workers including the owner, 1 to 1,000,000." })
  workers?: number | null;

  @Field(() => [String], { nullable: true, description: "Main products, at most 50." })
  mainProducts?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Year founded, from 1800 to this year." })
  yearFounded?: number | null;

  @Field(() => String, { nullable: true, description: "KBLI 2020 code, five digits." })
  kbli?: string | null;
}

@InputType({ description: "Changes to an actor: only the fields given change; null clears an optional field." })
class UpdateActorInput {
  @Field(() => ID, { description: "The actor to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => ActorKindEnum, { nullable: true, description: "New kind." })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: "New description; null clears it." })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "New region; null removes it." })
  regionId?: string | null;

  @Field(() => LocationInput, { nullable: true, description: "New position; null removes it." })
  location?: LocationInput | null;

  @Field(() => SizeClassEnum, { nullable: true, description: "New size class; null clears it." })
  sizeClass?: SizeClass | null;

  @Field(() => Int, { nullable: true, description: "New number of workers; null clears it." })
  workers?: number | null;

  @Field(() => [String], { nullable: true, description: "New main products; null clears them." })
  mainProducts?: string[] | null;

  @Field(() => Int, { nullable: true, description: "New year founded; null clears it." })
  yearFounded?: number | null;

  @Field(() => String, { nullable: true, description: "New KBLI code; null clears it." })
  kbli?: string | null;
}

@Resolver()
export class ActorWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Actor, { description: "Creates an actor; with a stable id, creating it again with the same values returns it unchanged." })
  createActor(@Arg("input", () => CreateActorInput) input: CreateActorInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createActor(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Actor, { description: "Changes an actor's fields at the version you read (CONFLICT if someone changed it since)." })
  updateActor(@Arg("input", () => UpdateActorInput) input: UpdateActorInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateActor(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, {
    description: "Archives an actor: its data stays, but reads, its ties and its participations no longer show it, and analyses leave it out.",
  })
  archiveActor(
    @Arg("id", () => ID, { description: "The actor." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveActor(id, expectedVersion);
  }
}
