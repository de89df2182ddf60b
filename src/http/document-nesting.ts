/**
 * graphql-js parses nested selections, lists, objects and list types by recursion, so about 1,500
 * nested brackets overflow the call stack and Apollo would answer "Maximum call stack size
 * exceeded". No real operation nests anywhere near this bound; refusing deeper documents before
 * parsing keeps that message, and the work, away from clients.
 */
export const MAX_DOCUMENT_NESTING = 128;

/** Whether brackets ({ [ () in a GraphQL document, outside strings and comments, nest deeper than `limit`. */
export function nestsDeeperThan(source: string, limit = MAX_DOCUMENT_NESTING): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") i = lineEnd(source, i);
    else if (c === '"') i = source.startsWith('"""', i) ? blockStringEnd(source, i) : stringEnd(source, i);
    else if (c === "{" || c === "[" || c === "(") {
      if (++depth > limit) return true;
    } else if ((c === "}" || c === "]" || c === ")") && depth > 0) depth--;
  }
  return false;
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf("\n", from);
  return end === -1 ? source.length : end;
}

// The index of the closing quote; an unterminated string runs to the line's end (a parse error later).
function stringEnd(source: string, from: number): number {
  for (let i = from + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === '"' || source[i] === "\n") return i;
  }
  return source.length;
}

// Block strings escape only \""" and end at the next unescaped """.
function blockStringEnd(source: string, from: number): number {
  for (let i = from + 3; i < source.length; i++) {
    if (source.startsWith('\\"""', i)) i += 3;
    else if (source.startsWith('"""', i)) return i + 2;
  }
  return source.length;
}
