import type { Lang } from "./message";
// One catalogue per language: a folder of JSON files, one per area, keys "<file>.<name>".
// A new area is a pair of files (en and id) and one line in each list below.
import enCommon from "./catalogue/en/common.json";
import idCommon from "./catalogue/id/common.json";
import enErrors from "./catalogue/en/errors.json";
import idErrors from "./catalogue/id/errors.json";
import enVerdict from "./catalogue/en/verdict.json";
import idVerdict from "./catalogue/id/verdict.json";
import enCriteria from "./catalogue/en/criteria.json";
import idCriteria from "./catalogue/id/criteria.json";
import enSources from "./catalogue/en/sources.json";
import idSources from "./catalogue/id/sources.json";
import enSteps from "./catalogue/en/steps.json";
import idSteps from "./catalogue/id/steps.json";
import enValueChain from "./catalogue/en/valueChain.json";
import idValueChain from "./catalogue/id/valueChain.json";
import enCooperation from "./catalogue/en/cooperation.json";
import idCooperation from "./catalogue/id/cooperation.json";
import enPartners from "./catalogue/en/partners.json";
import idPartners from "./catalogue/id/partners.json";
import enCommunities from "./catalogue/en/communities.json";
import idCommunities from "./catalogue/id/communities.json";
import enConcentration from "./catalogue/en/concentration.json";
import idConcentration from "./catalogue/id/concentration.json";
import enNetwork from "./catalogue/en/network.json";
import idNetwork from "./catalogue/id/network.json";

type Area = Record<string, string>;

const FILES: Record<Lang, Record<string, Area>> = {
  en: {
    common: enCommon,
    errors: enErrors,
    verdict: enVerdict,
    criteria: enCriteria,
    sources: enSources,
    steps: enSteps,
    valueChain: enValueChain,
    cooperation: enCooperation,
    partners: enPartners,
    communities: enCommunities,
    network: enNetwork,
    concentration: enConcentration,
  },
  id: {
    common: idCommon,
    errors: idErrors,
    verdict: idVerdict,
    criteria: idCriteria,
    sources: idSources,
    steps: idSteps,
    valueChain: idValueChain,
    cooperation: idCooperation,
    partners: idPartners,
    communities: idCommunities,
    network: idNetwork,
    concentration: idConcentration,
  },
};

function flatten(files: Record<string, Area>): ReadonlyMap<string, string> {
  const entries = new Map<string, string>();
  for (const [file, area] of Object.entries(files)) {
    for (const [name, text] of Object.entries(area)) entries.set(`${file}.${name}`, text);
  }
  return entries;
}

export const CATALOGUES: Readonly<Record<Lang, ReadonlyMap<string, string>>> = { en: flatten(FILES.en), id: flatten(FILES.id) };
