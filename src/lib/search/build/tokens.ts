/** An article's index words: positional tokens and pair-presence tokens (the layout is described in ../shared/layout.ts). */
import { INDEX_MARKS, normalizedRuns, type CharMap, type Segment } from '../shared/text.ts';
import { GRAM, isHeadline } from '../shared/layout.ts';

export interface ArticleTokens {
  /** Positional tokens of the headline (kicker, title, subtitle), then of the body. */
  headline: string[];
  body: string[];
  /** Presence tokens of pairs first seen in the headline, then of pairs first seen in the body. */
  headlinePresence: string[];
  bodyPresence: string[];
}

function positionalToken(chars: readonly string[], at: number): string {
  let token = '';
  for (let i = at; i < at + GRAM; i++) token += chars[i] ?? INDEX_MARKS.runEnd;
  return token;
}

export function articleTokens(segments: readonly Segment[], t2s: CharMap): ArticleTokens {
  const tokens: ArticleTokens = {
    headline: [],
    body: [],
    headlinePresence: [],
    bodyPresence: [],
  };
  const seen = new Set<string>();
  for (const segment of segments) {
    const inHeadline = isHeadline(segment);
    const positional = inHeadline ? tokens.headline : tokens.body;
    const presence = inHeadline ? tokens.headlinePresence : tokens.bodyPresence;
    for (const run of normalizedRuns(segment.text, t2s)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        positional.push(positionalToken(chars, i));
        if (i + 1 < chars.length) {
          const pair = INDEX_MARKS.presence + chars[i] + chars[i + 1];
          if (!seen.has(pair)) {
            seen.add(pair);
            presence.push(pair);
          }
        }
      }
    }
  }
  return tokens;
}
