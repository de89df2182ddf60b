import { LANGUAGES, msg, type Lang } from "../../i18n/message";
import { render } from "../../i18n/render";
import type { ValueChainStage } from "../analytics/stages";
import { stageLabel } from "../analytics/value-chain";
import type { ActorKind, Intensity, LinkageType, SentraRole } from "../vocabulary";

/** The languages an export can label its codes in: the API's own (English, Indonesian). */
export const EXPORT_LANGUAGES = LANGUAGES;
export type ExportLanguage = Lang;

/*
 * Words for the codes, from the API's catalogue (src/i18n/catalogue/<lang>/network.json; stage
 * names are the value chain's own), so that a file says what the API says.
 */
export const kindLabel = (kind: ActorKind, lang: Lang) => render(msg(`network.kind.${kind}`), lang);
export const roleLabel = (role: SentraRole, lang: Lang) => render(msg(`network.role.${role}`), lang);
export const stageLabelIn = (stage: ValueChainStage, lang: Lang) => render(stageLabel(stage), lang);
export const linkageTypeLabel = (type: LinkageType, lang: Lang) => render(msg(`network.linkageType.${type}`), lang);
export const intensityLabel = (intensity: Intensity, lang: Lang) => render(msg(`network.intensity.${intensity}`), lang);
