/**
 * Classes of the concepts the locales' lexicons share (src/locales/<code>/lexicon.ts), for the claim
 * comparison (src/compare/claims.ts): which concepts say that someone spoke, which hedge or negate, and
 * which pairs are opposites. Concept ids are language-neutral; the words are in the locales.
 */

/** Speech, thought and writing acts and their nouns: a sentence holding one still names a source. */
export const SPEECH_CONCEPTS: readonly string[] = [
  "say", "tell", "speak", "explain", "announce", "state", "claim", "report", "confirm", "deny", "warn", "add",
  "write", "ask", "answer", "stress", "insist", "admit", "criticize", "accuse", "demand", "call_for", "describe",
  "argue", "believe", "think", "suggest", "note", "reveal", "promise", "threaten", "quote", "comment", "inform",
  "mention", "recall", "reject", "complain", "praise", "condemn", "tweet", "post", "publish", "interview",
  "statement", "spokesperson", "according_to", "press_conference", "press_release", "speech", "testimony",
  "estimate", "expect", "fear", "doubt", "assume", "reportedly",
];

/** Hedges: modal verbs of possibility, adverbs of doubt, hearsay and appearance. */
export const HEDGE_CONCEPTS: readonly string[] = [
  "could", "may", "maybe", "probably", "possibly", "apparently", "allegedly", "reportedly", "seem",
  "assume", "suspect", "likely",
];

/** Personal pronouns: a speaker named by one is still there when the other text has the same pronoun. */
export const PRONOUN_CONCEPTS: readonly string[] = ["i", "you", "you_formal", "he", "she", "it", "we", "they", "one_pron"];

/** Modal verbs besides the hedges: a sentence with one is not plainly stated either. */
export const MODAL_CONCEPTS: readonly string[] = ["can", "must", "should", "would", "want", "allow"];

/**
 * The channel kind (as the attribution stage names them) a channel noun stands for: read from a claim's
 * sentence where the analysis found no channel but the other text's claim has one.
 */
export const CHANNEL_KIND_OF: Readonly<Record<string, string>> = {
  interview: "interview",
  statement: "statement",
  press_release: "press_release",
  press_conference: "press_conference",
  phone: "phone_call",
  letter: "letter",
  speech: "speech",
  testimony: "testimony",
  tweet: "social_media",
  social_media: "social_media",
};

/** Channels of a statement: a sentence holding one names how it was said, whatever the analysis made of it. */
export const CHANNEL_CONCEPTS: readonly string[] = [
  "interview", "statement", "message", "letter", "speech", "press_conference", "press_release", "post", "tweet",
  "phone", "call_phone", "email", "testimony", "social_media", "television", "radio", "newspaper", "broadcaster",
  "website", "video", "report", "publish",
];

/** Negation: a claim with one of these more or fewer than its counterpart says the opposite. */
export const NEGATION_CONCEPTS: readonly string[] = ["not", "no", "nothing", "nobody", "never", "without", "neither"];

/** Words of opinion and belief: a claim framed by one is qualified, though not hedged in words. */
export const EPISTEMIC_CONCEPTS: readonly string[] = ["think", "believe", "assume", "suspect", "seem", "expect", "fear", "doubt", "estimate", "hope", "likely"];

/** Opposites: one in a claim where its counterpart has the other is a change of content. */
export const OPPOSITE_CONCEPTS: readonly (readonly [string, string])[] = [
  ["rise", "fall"],
  ["increase", "decrease"],
  ["raise", "lower"],
  ["win", "lose"],
  ["accept", "reject"],
  ["confirm", "deny"],
  ["agree", "disagree"],
  ["support", "criticize"],
  ["praise", "condemn"],
  ["allow", "forbid"],
  ["open", "close"],
  ["guilty", "innocent"],
  ["legal", "illegal"],
  ["true", "false"],
  ["more", "less"],
  ["before", "after"],
  ["buy", "sell"],
  ["arrive", "depart"],
  ["good", "bad"],
  ["better", "worse"],
  ["high", "low"],
  ["strong", "weak"],
  ["rich", "poor"],
  ["succeed", "fail"],
  ["possible", "possible_adj"],
  ["likely", "likely_adj"],
  ["alive", "dead_adj"],
  ["love", "hate"],
  ["peace", "war"],
  ["north", "south"],
  ["east", "west"],
];
