/**
 * A story printed across pages (`…（下转第2版）`): an article holds one page's text, so each
 * page's part is an article of its own, and a part names the next with `continuedIn`. Here the
 * parts are linked both ways, and the links checked: the next part is another article,
 * printed on another page of the same issue (same date and newspaper), and no part follows
 * two, nor do the parts turn back into a loop. The next part may still be a draft (so that the
 * review judges it with the headline it takes: review.ts); its link shows once it is published.
 */

/** What the links and their checks read of an article. */
export interface ContinuedPart {
  id: string;
  /** The article this one goes on in. */
  continuedIn?: string | undefined;
  source: string;
  /** As written in the file: the same issue has the same date. */
  date: string;
  newspaper?: string | undefined;
  draft?: true | undefined;
}

export interface ContinuationProblem<A> {
  /** The article whose `continuedIn` is wrong. */
  article: A;
  reason: string;
}

const shown = (value: string | undefined) => (value === undefined ? '未填' : `"${value}"`);

/**
 * What is wrong with the published articles' `continuedIn`, each told on the article that names
 * the continuation. A draft's is not checked (it is not on the site).
 */
export function continuationProblems<A>(
  articles: readonly A[],
  partOf: (article: A) => ContinuedPart,
): ContinuationProblem<A>[] {
  const byId = new Map(articles.map((article) => [partOf(article).id, article]));
  const problems: ContinuationProblem<A>[] = [];
  /** Each continuation by the article that first named it: a second is told. */
  const namedBy = new Map<string, A>();
  const linked = new Map<string, string>();
  for (const article of articles) {
    const part = partOf(article);
    if (part.draft || part.continuedIn === undefined) continue;
    const into = part.continuedIn;
    const problem = (reason: string) => problems.push({ article, reason });
    const target = byId.get(into);
    if (into === part.id) {
      problem(`不能是本篇自己 (an article cannot go on in itself)`);
      continue;
    }
    if (target === undefined) {
      problem(`没有 id 为 "${into}" 的文章；应为在另一版续完本篇的文章的文件名（不含 .md） (no such article)`);
      continue;
    }
    const next = partOf(target);
    if (next.source === part.source) {
      problem(`续文 "${into}" 与本篇同在版面 ${part.source}；续文印在另一版 (the continuation is on another page)`);
      continue;
    }
    const issue = (['date', 'newspaper'] as const).find((field) => next[field] !== part[field]);
    if (issue) {
      problem(
        `续文 "${into}" 的 ${issue} 为 ${shown(next[issue])}，本篇为 ${shown(part[issue])}；续文印在同一期报纸的另一版 (the continuation is in the same issue)`,
      );
      continue;
    }
    const first = namedBy.get(into);
    if (first !== undefined) {
      problem(`续文 "${into}" 已接在 "${partOf(first).id}" 之后；一篇只接在一篇之后 (two articles go on in one)`);
      continue;
    }
    namedBy.set(into, article);
    linked.set(part.id, into);
  }
  // Each part has at most one next and one before it: a loop is a walk that comes back. It
  // is told once, on its part whose id sorts first.
  const told = new Set<string>();
  for (const start of [...linked.keys()].sort()) {
    if (told.has(start)) continue;
    const walked: string[] = [];
    for (let id: string | undefined = start; id !== undefined && !told.has(id); id = linked.get(id)) {
      if (walked.includes(id)) {
        const loop = walked.slice(walked.indexOf(id));
        const first = [...loop].sort()[0]!;
        const at = loop.indexOf(first);
        const round = [...loop.slice(at), ...loop.slice(0, at), first];
        problems.push({ article: byId.get(first)!, reason: `续接成环：${round.join(' → ')} (the parts form a loop)` });
        break;
      }
      walked.push(id);
    }
    for (const id of walked) told.add(id);
  }
  return problems;
}

/** The part before an article and the part after it, where the story goes on across pages. */
export interface Continuation<A> {
  from?: A | undefined;
  into?: A | undefined;
}

/**
 * The parts before and after each article, from the published articles' `continuedIn` (checked
 * by the build before pages are made: see continuationProblems).
 */
export function continuationsOf<A extends { id: string }>(
  articles: readonly A[],
  continuedIn: (article: A) => string | undefined,
): (id: string) => Continuation<A> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const from = new Map<string, A>();
  for (const article of articles) {
    const into = continuedIn(article);
    if (into !== undefined && byId.has(into)) from.set(into, article);
  }
  return (id) => {
    const into = byId.get(id) && continuedIn(byId.get(id)!);
    return { from: from.get(id), into: into === undefined ? undefined : byId.get(into) };
  };
}
