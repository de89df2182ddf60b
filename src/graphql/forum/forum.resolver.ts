import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { NodeRow } from "../../repositories/node-row";
import { Actor } from "../actor/actor.type";
import { connectionFrom, PageArgs } from "../common/connection";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { Agreement, AgreementConnection } from "./agreement.type";
import { forumData } from "./forum.data";
import { Forum, ForumConnection, ForumMemberConnection } from "./forum.type";
import { MonitoringRecord } from "./monitoring.type";
import { Person } from "./person.type";

@Resolver(() => Forum)
export class ForumResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra the forum serves." })
  sentra(@Root() forum: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.forumSentra.load(forum.id);
  }

  @FieldResolver(() => ForumMemberConnection, { description: "Its members (people or actors), each with its role in the forum." })
  members(@Root() forum: NodeRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(forumData).members, forum.id, {}, args, (member) => member);
  }

  @FieldResolver(() => AgreementConnection, { description: "The assistance agreements it has signed." })
  agreements(@Root() forum: NodeRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(forumData).lists.agreements, forum.id, {}, args);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The actor this person represents." })
  represents(@Root() person: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.personActor.load(person.id);
  }

  @FieldResolver(() => ForumConnection, { description: "Forums this person sits in." })
  forums(@Root() person: NodeRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(forumData).lists.forumsOfPerson, person.id, {}, args);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => Forum, { nullable: true, description: "The FKAK that engaged the provider." })
  forum(@Root() agreement: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.agreementForum.load(agreement.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The LPT or PKE providing the assistance." })
  provider(@Root() agreement: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.agreementProvider.load(agreement.id);
  }
}

@Resolver(() => MonitoringRecord)
export class MonitoringRecordResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra visited." })
  sentra(@Root() record: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.monitoringSentra.load(record.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who made the visit." })
  visitor(@Root() record: NodeRow, @Ctx() { data }: Context) {
    return data.of(forumData).links.monitoringVisitor.load(record.id);
  }
}
