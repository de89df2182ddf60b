import { msg, type Text } from "../../i18n/message";

/*
 * The kinds of record the write repositories name in their refusals ("No actor with id ..."), in
 * the reader's language. The repositories say which kind in English ("survey round", "A forum");
 * this turns the word into a catalogue noun, and leaves an unknown word as it is.
 */
const NOUNS: Record<string, string> = {
  actor: "errors.nounActor",
  person: "errors.nounPerson",
  sentra: "errors.nounSentra",
  forum: "errors.nounForum",
  region: "errors.nounRegion",
  "monitoring record": "errors.nounMonitoringRecord",
  "sentra statistic": "errors.nounSentraStatistic",
  agreement: "errors.nounAgreement",
  "survey round": "errors.nounSurveyRound",
  programme: "errors.nounProgramme",
  linkage: "errors.nounLinkage",
  "indicator score": "errors.nounIndicatorScore",
  "problem-solving score": "errors.nounProblemSolvingScore",
  "survey response": "errors.nounSurveyResponse",
};

/** The catalogue noun of a kind of record ("actor", "A survey round"): articles and case do not matter. */
export function thingName(what: string): Text {
  const key =
    NOUNS[
      what
        .trim()
        .replace(/^(a|an|the) /i, "")
        .toLowerCase()
    ];
  return key ? msg(key) : what;
}
