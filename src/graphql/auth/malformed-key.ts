import { msg, type Text } from "../../i18n/message";

/*
 * src/auth/credentials.ts explains a malformed key header in English (it also serves the CLI);
 * a client reads the same explanation in its own language. Its four reasons map to catalogue
 * messages here; a reason not listed stays English rather than being lost.
 */
const MESSAGES: Record<string, string> = {
  "Send one Authorization or x-api-key header, not several.": "errors.keyHeadersSeveral",
  "The Authorization header must be `Bearer <API key>`.": "errors.keyHeaderNotBearer",
  "The x-api-key header is empty.": "errors.keyHeaderEmpty",
  "The Authorization and x-api-key headers name different keys.": "errors.keyHeadersDiffer",
};

/** The reader's text for presentedKey's reason. */
export function malformedKeyText(reason: string): Text {
  const key = MESSAGES[reason];
  return key ? msg(key) : reason;
}
