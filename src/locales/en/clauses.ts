import type { ClauseLocale } from "../types.js";

/** English words of the clauses stage (src/stages/clauses/): lowercase. */
export const clauses: ClauseLocale = {
  verbSecond: false,
  complementizers: ["that", "whether", "if"],
  subordinators: [
    "because", "when", "whenever", "while", "whilst", "although", "though", "after", "before", "since", "until",
    "till", "unless", "as", "once", "whereas", "so", "lest", "where", "wherever", "if", "than",
  ],
  interrogatives: ["what", "how", "why", "when", "where", "who", "whom", "whose", "which", "whatever", "whoever", "wherever", "however"],
  relativePronouns: ["who", "whom", "whose", "which", "that", "where", "when"],
  auxiliaries: ["be", "have", "do"],
  modals: ["can", "could", "will", "would", "may", "might", "shall", "should", "must", "ought"],
  copulas: ["be", "become", "remain", "seem", "appear", "stay", "look", "sound", "feel"],
  conditionalAuxiliaries: [],
  infinitiveMarker: "to",
  particles: ["up", "out", "off", "down", "away", "back", "over", "on", "in", "around", "about", "through"],
  nounBeforeNameHeads: false,
  coordinators: ["and", "or", "but", "nor", "yet"],
  nonNominative: ["me", "him", "us", "them", "whom", "myself", "himself", "herself", "itself", "ourselves", "themselves", "yourself"],
  nominativePronouns: ["i", "he", "she", "we", "they", "who"],
  pronouns: [
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "this", "that", "these", "those",
    "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
    "nobody", "nothing", "none", "one", "who", "what", "all", "both", "many", "some", "each", "most", "few",
    "myself", "himself", "herself", "itself", "ourselves", "themselves", "yourself", "mine", "yours", "theirs", "ours",
  ],
  clitics: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
  expletives: ["there"],
  lemmaSuffixes: [
    ["ies$", "y"], ["ied$", "y"], ["ued$", "ue"], ["([^aeiouslzf])\\1(?:ed|ing)$", "$1"], ["([cgvz])(?:ed|ing)$", "$1e"],
    ["(?:ed|ing)$", ""], ["(?:sses)$", "ss"], ["(ch|sh|x)es$", "$1"], ["([^su])s$", "$1"],
  ],
};
