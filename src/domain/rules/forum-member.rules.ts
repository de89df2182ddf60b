import { date, id, text } from "./fields";
import { optional, required } from "./table";

/** A seat in a forum held by a person or an actor; (memberId, forumId) is its key. */
export const FORUM_MEMBER_RULES = {
  memberId: required(id),
  forumId: required(id),
  /** Chair (ketua), secretary ... */
  role: optional(text(100)),
  since: optional(date()),
};
