import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { PageArgs } from "../common/connection";
import { relatedConnection } from "../common/related-page";
import { Agreement, AgreementConnection } from "./agreement.type";
import { Forum, ForumConnection, ForumMemberConnection } from "./forum.type";
import { MonitoringRecord } from "./monitoring.type";
import { Person } from "./person.type";

@Resolver(() => Forum)
export class ForumResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra the forum serves." })
  sentra(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return loaders.toOne.forumSentra.load(forum.id);
  }

  @FieldResolver(() => ForumMemberConnection, { description: "Its members, with their roles." })
  members(@Root() forum: Forum, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.forumMembers, forum.id, args, (r) => ({ role: r.extra.role ?? null, since: r.extra.since ?? null, member: r.node }));
  }

  @FieldResolver(() => AgreementConnection, { description: "The assistance agreements it has signed." })
  agreements(@Root() forum: Forum, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.forumAgreements, forum.id, args);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The actor this person represents." })
  represents(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.toOne.personActor.load(person.id);
  }

  @FieldResolver(() => ForumConnection, { description: "Forums this person sits in." })
  forums(@Root() person: Person, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.personForums, person.id, args);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => Forum, { nullable: true, description: "The FKAK that engaged the provider." })
  forum(@Root() agreement: Agreement, @Ctx() { loaders }: Context) {
    return loaders.toOne.agreementForum.load(agreement.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The LPT or PKE providing the assistance." })
  provider(@Root() agreement: Agreement, @Ctx() { loaders }: Context) {
    return loaders.toOne.agreementProvider.load(agreement.id);
  }
}

@Resolver(() => MonitoringRecord)
export class MonitoringRecordResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra visited." })
  sentra(@Root() record: MonitoringRecord, @Ctx() { loaders }: Context) {
    return loaders.toOne.monitoringSentra.load(record.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who made the visit." })
  visitor(@Root() record: MonitoringRecord, @Ctx() { loaders }: Context) {
    return loaders.toOne.monitoringVisitor.load(record.id);
  }
}
