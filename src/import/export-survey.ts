/**
 * Writes surveyed firms of a dataset in the import format (seed/import/README.md): one firm row per
 * surveyed firm of a sentra in a round, and the sentra's ties that touch those firms.
 */
import fs from "node:fs";
import path from "node:path";
import type { SeedDataset } from "../domain/dataset";
import { JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS } from "../domain/vocabulary";
import { ANSWER_COLUMNS, FIRM_COLUMNS, LINKAGE_COLUMNS } from "./rows";

type Value = string | number | string[] | null;
export type ExportRow = Record<string, Value>;

const ANSWER_OF = { PASSIVE: "P", ACTIVE: "A", PROACTIVE: "R" } as const;

/** The firm rows and linkage rows of one sentra's surveyed firms in one round. */
export function exportSurvey(dataset: SeedDataset, roundId: string, sentraId: string): { firms: ExportRow[]; linkages: ExportRow[] } {
  const inRound = <T extends { roundId: string; sentraId: string }>(rows: T[]) => rows.filter((r) => r.roundId === roundId && r.sentraId === sentraId);
  const responses = inRound(dataset.surveyResponses);
  const jica = new Map(inRound(dataset.indicatorScores).map((s) => [s.actorId, s]));
  const ps = new Map(inRound(dataset.problemSolvingScores).map((s) => [s.actorId, s]));
  const surveyed = new Set([...responses.map((r) => r.actorId), ...jica.keys(), ...ps.keys()]);
  const firms = dataset.actors
    .filter((a) => surveyed.has(a.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a): ExportRow => {
      const participation = dataset.participations.find((p) => p.actorId === a.id && p.sentraId === sentraId);
      const answers = Object.fromEntries(
        SURVEY_QUESTIONS.map((q) => {
          const r = responses.find((x) => x.actorId === a.id && x.question === q);
          const code = !r ? null : !r.cooperates ? "N" : r.intensity ? ANSWER_OF[r.intensity] : "Y";
          return [ANSWER_COLUMNS[q], code];
        }),
      );
      const scores = jica.get(a.id);
      const problems = ps.get(a.id);
      return {
        id: a.id,
        name: a.name,
        kbli: a.kbli ?? null,
        workers: a.workers ?? null,
        yearFounded: a.yearFounded ?? null,
        latitude: a.location?.latitude ?? null,
        longitude: a.location?.longitude ?? null,
        regionId: a.regionId ?? null,
        mainProducts: a.mainProducts ?? null,
        description: a.description ?? null,
        sentraId,
        role: participation?.role ?? "CORE",
        memberSince: participation?.since ?? null,
        ...answers,
        ...Object.fromEntries(JICA_ASPECTS.map((k) => [k, scores ? scores[k] : null])),
        ...Object.fromEntries(PROBLEM_AREAS.map((k) => [k, problems ? problems[k] : null])),
      };
    });
  const linkages = dataset.linkages
    .filter((l) => l.sentraId === sentraId && (surveyed.has(l.fromId) || surveyed.has(l.toId)))
    .map((l): ExportRow => ({
      id: l.id,
      type: l.type,
      fromId: l.fromId,
      toId: l.toId,
      sentraId,
      intensity: l.intensity ?? null,
      flows: l.flows,
      since: l.since ?? null,
      description: l.description ?? null,
    }));
  return { firms, linkages };
}

function csvCell(value: Value): string {
  const text = value === null ? "" : Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header line, every column of the format in its documented order. */
export function toCsv(columns: readonly string[], rows: readonly ExportRow[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(","))].join("\n") + "\n";
}

/**
 * Writes `<name>.firms.csv`, `<name>.linkages.csv` and `<name>.json` ({ firms, linkages }) for each
 * given sentra into `dir`; returns the paths written.
 */
export function writeSurveyFiles(dir: string, dataset: SeedDataset, roundId: string, sentra: Record<string, string>): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, sentraId] of Object.entries(sentra)) {
    const { firms, linkages } = exportSurvey(dataset, roundId, sentraId);
    const files: Array<[string, string]> = [
      [`${name}.firms.csv`, toCsv(FIRM_COLUMNS, firms)],
      [`${name}.linkages.csv`, toCsv(LINKAGE_COLUMNS, linkages)],
      [`${name}.json`, JSON.stringify({ firms, linkages }, null, 2) + "\n"],
    ];
    for (const [file, text] of files) {
      fs.writeFileSync(path.join(dir, file), text);
      written.push(path.join(dir, file));
    }
  }
  return written;
}
