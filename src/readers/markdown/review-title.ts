/**
 * Whether a document's title presents it as a review of an answer rather than an answer: a failures and
 * corrections report (the form QA engineers write, and preflight's own Markdown report), or an analysis of
 * a model's response. Such a report quotes the wrong code and the corrected code side by side, often whole
 * files of each, so reading its blocks as one program reports the clash of the two (references to what
 * only the other quote declares, one resource twice) rather than anything deployed.
 *
 * The title alone decides, so the words are the ones a report is named by and an answer is not: on the
 * corpus they name 82 % of its 1,934 reviews with code and 2 of its 3,196 answers and READMEs (both of
 * which are in fact reviews). Words an answer's title also uses ("Fixes", "Issues", "Failure Recovery")
 * count only right after the answer they judge ("Model Response Analysis").
 */

/** Nouns only a review's title uses. */
const REVIEW_NOUNS = new Set(['failures', 'corrections', 'shortcomings', 'mistakes', 'deficiencies']);

/** What a review judges: the model's answer. */
const JUDGED = new Set(['model', 'response', 'answer']);

/** What a review calls itself, right after what it judges. */
const JUDGEMENTS = new Set([
  'analysis',
  'assessment',
  'critique',
  'errors',
  'evaluation',
  'failure',
  'failures',
  'fixes',
  'gaps',
  'issues',
  'review',
]);

export function isReviewTitle(title: string): boolean {
  const words = title.toLowerCase().split(/[^a-z]+/);
  if (words.some((word) => REVIEW_NOUNS.has(word))) return true;
  for (let i = 0; i < words.length - 1; i++) {
    if (!JUDGED.has(words[i])) continue;
    // "Model Response Analysis" as well as "Model Analysis".
    const next = words[i + 1] === 'response' ? words[i + 2] : words[i + 1];
    if (next !== undefined && JUDGEMENTS.has(next)) return true;
  }
  return false;
}
