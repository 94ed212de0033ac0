/** What the source-view components share: a story as they label it, and its accent colour. */

export interface StoryLabel {
  id: string;
  title: string;
  href: string;
  /** Position on the printed page, 1, 2, 3… */
  number: number;
}

/** Left-border colours that tell neighbouring stories apart (the label says which is which). */
const ACCENTS = [
  'border-l-sky-600 dark:border-l-sky-400',
  'border-l-emerald-600 dark:border-l-emerald-400',
  'border-l-violet-600 dark:border-l-violet-400',
  'border-l-orange-600 dark:border-l-orange-400',
  'border-l-pink-600 dark:border-l-pink-400',
  'border-l-teal-600 dark:border-l-teal-400',
];

export const storyAccent = (story: StoryLabel) => ACCENTS[(story.number - 1) % ACCENTS.length]!;

/** Lines that are no story's: furniture, page-wide text and what was left out on purpose in grey, the unexplained in amber. */
export const KIND_ACCENTS = {
  page: 'border-l-stone-500 dark:border-l-stone-400',
  furniture: 'border-l-stone-300 dark:border-l-stone-600',
  omitted: 'border-l-stone-400 dark:border-l-stone-500',
  none: 'border-l-amber-500 dark:border-l-amber-400',
  blank: 'border-l-transparent',
} as const;
