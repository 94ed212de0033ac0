/**
 * Drafts waiting for an editor: `npm run review`. Lists every draft article with what stands
 * between it and publication (src/lib/ingest/review.ts; `npm run dev` shows the same on its
 * review screen, /_review/, beside the source lines).
 */
import { reviewDrafts } from '../src/lib/ingest/review.ts';
import { terminalSafe } from '../src/lib/ingest/terminal.ts';

export { reviewDrafts };

if (import.meta.main) {
  const reviews = reviewDrafts();
  const lines: string[] = [];
  if (reviews.length === 0) lines.push('没有待审的草稿。');
  for (const review of reviews) {
    lines.push(`${review.file}  「${review.title}」`);
    if (review.problems.length === 0) lines.push('  可以发布：删去 draft: true 一行');
    for (const problem of review.problems) lines.push(`  - ${problem}`);
    if (review.unknownZones.length)
      lines.push(`  zones.yaml 未收录的园区：${review.unknownZones.join('、')}（先在 content/zones.yaml 添加）`);
  }
  lines.push(`\n${reviews.length} 篇草稿，${reviews.filter((r) => r.problems.length === 0).length} 篇可发布。`);
  console.log(terminalSafe(lines.join('\n')));
}
