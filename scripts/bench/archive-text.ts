/** Articles of an archive read from its content folder, as the search sees them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleSegments, type CreditRole } from '../../src/lib/search/build/document.ts';
import type { BodySegment } from '../../src/lib/search/shared/text.ts';

export interface BenchArticle {
  url: string;
  segments: BodySegment[];
  zones: string[];
  campaigns: string[];
  /** People named in the byline. */
  people: string[];
  /** The photo captions and their credit lines, as printed. */
  captions: string[];
  /** The names in the credits, as printed. */
  credits: string[];
}

interface Named {
  id: string;
  name: string;
}

export function readArchive(contentDir: string): BenchArticle[] {
  const zones = parse(readFileSync(path.join(contentDir, 'zones.yaml'), 'utf8')) as Named[];
  const campaigns = parse(readFileSync(path.join(contentDir, 'campaigns.yaml'), 'utf8')) as Named[];
  const nameOf = (list: Named[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const dir = path.join(contentDir, 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const data = parse(match[1]!) as {
        kicker?: string;
        title: string;
        subtitle?: string;
        zone: string;
        relatedZones?: string[];
        campaigns?: string[];
        captions?: { text: string; credit?: string }[];
        credits?: { role: CreditRole; label?: string; name: string }[];
      };
      return {
        url: `/articles/${path.basename(file, '.md')}/`,
        segments: articleSegments(data, match[2]!),
        zones: [data.zone, ...(data.relatedZones ?? [])].map((id) => nameOf(zones, id)),
        campaigns: (data.campaigns ?? []).map((id) => nameOf(campaigns, id)),
        people: (data.credits ?? []).map((c) => c.name).filter((name) => /^\p{Script=Han}{2,4}$/u.test(name)),
        captions: (data.captions ?? []).flatMap((c) => [c.text, ...(c.credit ? [c.credit] : [])]),
        credits: (data.credits ?? []).map((c) => c.name),
      };
    });
}
