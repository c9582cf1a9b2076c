import type { IdentificationLocale } from "../types.js";

/** English's most frequent words in running text, for telling English from the other supported languages. */
export const identification: IdentificationLocale = {
  commonWords: [
    // articles and determiners
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "some", "no", "other",
    "another", "such", "all", "many", "most", "several",
    // pronouns
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
    "its", "our", "their", "who", "whom", "whose", "which", "what", "there",
    // prepositions
    "of", "to", "on", "at", "by", "for", "with", "from", "into", "about", "over", "after", "before",
    "between", "through", "during", "against", "without", "within", "under", "up", "out", "off", "than",
    // conjunctions and subordinators
    "and", "or", "but", "if", "because", "while", "although", "though", "when", "where", "whether", "as",
    // auxiliaries and modals
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "would",
    "shall", "should", "can", "could", "may", "might", "must", "said", "says", "told",
    // particles and adverbs
    "not", "also", "only", "just", "more", "very", "then", "now", "here", "how", "why", "two", "three",
    "new", "one",
  ],
  letters: "",
};
