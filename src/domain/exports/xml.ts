/**
 * Text made safe for XML 1.0. Characters XML 1.0 cannot carry at all (control characters other
 * than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, the
 * replacement character, so a name with such a byte still yields a well-formed file.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD");
}

/** Element content: & and < escaped, > too (for "]]>"), and a carriage return kept as a reference (a parser would turn it into a newline). */
export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes: also the quotes, and tab, newline and carriage return as references (a parser would turn them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
