import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { Agreement } from "./agreement.type";
import { Forum, ForumMember } from "./forum.type";
import { MonitoringRecord } from "./monitoring.type";
import { Person } from "./person.type";

@Resolver(() => Forum)
export class ForumResolver {
  @FieldResolver(() => Sentra, { description: "The sentra the forum serves." })
  sentra(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return loaders.toOne.forumSentra.load(forum.id);
  }

  @FieldResolver(() => [ForumMember], { description: "Its members, with their roles." })
  async members(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return (await loaders.related.forumMembers.load(forum.id)).map((r) => ({ role: r.extra.role ?? null, since: r.extra.since ?? null, member: r.node }));
  }

  @FieldResolver(() => [Agreement], { description: "The assistance agreements it has signed." })
  async agreements(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return (await loaders.related.forumAgreements.load(forum.id)).map((r) => r.node);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The actor this person represents." })
  represents(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.toOne.personActor.load(person.id);
  }

  @FieldResolver(() => [Forum], { description: "Forums this person sits in." })
  async forums(@Root() person: Person, @Ctx() { loaders }: Context) {
    return (await loaders.related.personForums.load(person.id)).map((r) => r.node);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => Forum, { description: "The FKAK that engaged the provider." })
  forum(@Root() agreement: Agreement, @Ctx() { loaders }: Context) {
    return loaders.toOne.agreementForum.load(agreement.id);
  }

  @FieldResolver(() => Actor, { description: "The LPT or PKE providing the assistance." })
  provider(@Root() agreement: Agreement, @Ctx() { loaders }: Context) {
    return loaders.toOne.agreementProvider.load(agreement.id);
  }
}

@Resolver(() => MonitoringRecord)
export class MonitoringRecordResolver {
  @FieldResolver(() => Sentra, { description: "The sentra visited." })
  sentra(@Root() record: MonitoringRecord, @Ctx() { loaders }: Context) {
    return loaders.toOne.monitoringSentra.load(record.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who made the visit." })
  visitor(@Root() record: MonitoringRecord, @Ctx() { loaders }: Context) {
    return loaders.toOne.monitoringVisitor.load(record.id);
  }
}
