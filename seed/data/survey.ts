/** The one survey round: the metal clusters study of research/001. */
import type { SurveyRoundSeed } from "../../src/domain/dataset";
import { SURVEY_ROUND_ID } from "../research-tables";

export const surveyRounds: SurveyRoundSeed[] = [
  {
    id: SURVEY_ROUND_ID,
    name: "Studi dinamika klaster logam Jawa Tengah (Ceper, Juwana-Pati, Tegal)",
    date: "2009-06-15",
    source: "research/001_ceeee90b0dd982af.txt, Bab IV, Tabel 3 to 8 (Data Primer, diolah)",
    notes:
      "The date is an assumption: the study cites BPS (2008) and the 2008/2009 financial crisis, so fieldwork is placed in mid-2009. " +
      "51 IKMs are on record (Ceper 12, Juwana 17, Tegal 22); the text says 48 were interviewed, which is Table 4's total. " +
      "A firm with no response row for a question did not answer it.",
  },
];
