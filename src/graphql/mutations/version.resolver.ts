import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Linkage } from "../linkage/linkage.type";
import { IndicatorScore, ProblemSolvingScore, SurveyResponse, SurveyRound } from "../observation/observation.type";
import { Sentra } from "../sentra/sentra.type";
import { Agreement } from "../forum/agreement.type";
import { Forum } from "../forum/forum.type";
import { MonitoringRecord } from "../forum/monitoring.type";
import { Person } from "../forum/person.type";
import { Programme } from "../programme/programme.type";
import { SentraStatistic } from "../sentra/statistic.type";

// Anything stored before versions existed (seed, import) is at its first version.
const versionOf = (row: { version?: number | null }) => row.version ?? 1;
const DESCRIPTION = "Its version, from 1, up by one on every change: pass it as expectedVersion to update or archive it.";

@Resolver(() => Actor)
export class ActorVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Linkage)
export class LinkageVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => IndicatorScore)
export class IndicatorScoreVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => ProblemSolvingScore)
export class ProblemSolvingScoreVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => SurveyRound)
export class SurveyRoundVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Sentra)
export class SentraVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Forum)
export class ForumVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Agreement)
export class AgreementVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => MonitoringRecord)
export class MonitoringRecordVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Person)
export class PersonVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => Programme)
export class ProgrammeVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}

@Resolver(() => SentraStatistic)
export class SentraStatisticVersionResolver {
  @FieldResolver(() => Int, { description: DESCRIPTION })
  version(@Root() row: { version?: number | null }) {
    return versionOf(row);
  }
}
