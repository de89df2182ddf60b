/**
 * English sentences in a text meant to be Indonesian: a run of three or more words of which at
 * least two are common English function words (the, of, and, is, ...). Proper names, acronyms and
 * single English terms (KBLI, FKAK, "pipe fittings") do not make a sentence.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and is are was were be been not no to in on at by for with from than that this these those it its has have had a an or but which who whom whose where when why how can could would should must may more most less least only all each every any some none".split(
    " ",
  ),
);

export function englishSentencesIn(text: string): string[] {
  const found: string[] = [];
  // Names are quoted or capitalised; look at the lower-case words of each clause.
  for (const clause of text.split(/[.;:!?()\n]/)) {
    const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w));
    if (words.length >= 3 && english.length >= 2) found.push(clause.trim());
  }
  return found;
}
