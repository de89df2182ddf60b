import type { ActorKind, AssistanceRole, ForumKind, Intensity, JicaAspect, LinkageType, ProblemArea, SentraRole, SurveyQuestion } from "../vocabulary";

/**
 * A sentra's network as plain data: what the analytics read. The repository fetches it from
 * Neo4j in a fixed number of queries; the analytics never touch the driver.
 */
export interface SentraNetwork {
  sentra: NetworkSentra;
  /** Every actor that takes part in the sentra, plus every actor at the other end of one of its ties. */
  actors: NetworkActor[];
  /** The ties that belong to this sentra (`sentraId` is this sentra), plus supporting ties into its members that name no sentra. */
  ties: NetworkTie[];
  forums: NetworkForum[];
  agreements: NetworkAgreement[];
  /** Dates (ISO) of monitoring and evaluation visits. */
  monitoringDates: string[];
  /** The survey rounds with data for this sentra, oldest first. */
  rounds: SurveyRoundData[];
}

export interface NetworkSentra {
  id: string;
  name: string;
  product: string;
  sector: string;
  /** Designated by its region as a leading industry (industri unggulan). */
  unggulan: boolean;
  regionId: string | null;
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface NetworkActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Roles it plays in THIS sentra; empty when it only appears at the end of a tie. */
  roles: SentraRole[];
  location: Coordinates | null;
}

export interface NetworkTie {
  id: string;
  type: LinkageType;
  /** Direction follows the main flow: supplier to firm, firm to buyer, bank or mentor to firm. */
  fromId: string;
  toId: string;
  intensity: Intensity | null;
  /** The sentra the tie belongs to; null for a tie that names none. */
  sentraId: string | null;
}

export interface NetworkForum {
  id: string;
  kind: ForumKind;
  name: string;
  founded: string | null;
  decree: string | null;
  /** Members: people (with the actor each represents, if any) and actors sitting in directly. */
  members: Array<{ personId: string | null; actorId: string | null; actorKind: ActorKind | null }>;
}

export interface NetworkAgreement {
  id: string;
  forumId: string;
  providerId: string;
  providerRole: AssistanceRole;
  startDate: string;
  endDate: string | null;
}

/** One survey round's observations of this sentra's firms. */
export interface SurveyRoundData {
  roundId: string;
  name: string;
  date: string;
  responses: Array<{ actorId: string; question: SurveyQuestion; cooperates: boolean; intensity: Intensity | null }>;
  indicatorScores: Array<{ actorId: string } & Record<JicaAspect, number>>;
  problemSolvingScores: Array<{ actorId: string } & Record<ProblemArea, number>>;
}
