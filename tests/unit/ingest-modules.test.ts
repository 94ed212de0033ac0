import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fc from 'fast-check';
import '../helpers/fast-check-seed.ts';
import {
  decodePage,
  encodingHint,
  firstInvalidUtf8,
  IngestError,
  looksLikeGbk,
  notTextKind,
} from '../../src/lib/ingest/decode.ts';
import { draftSlug, renderDraft } from '../../src/lib/ingest/draft.ts';
import { fullWidthPunctuation } from '../../src/lib/ingest/punctuation.ts';
import { suggest, unknownZones } from '../../src/lib/ingest/suggest.ts';

const GBK_BYTES = Uint8Array.from(Buffer.from('d6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab7', 'hex')); // 中共党员干部要学习党史

describe('decodePage', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodePage(new TextEncoder().encode('党史学习'), 'a.txt')).toEqual({ text: '党史学习', bom: false });
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('党史')]), 'a.txt')).toEqual({
      text: '党史',
      bom: true,
    });
  });
  it('refuses empty and blank files, naming the file', () => {
    expect(() => decodePage(new Uint8Array(), 'e.txt')).toThrow(/e\.txt: file: 文件为空/);
    expect(() => decodePage(new TextEncoder().encode(' \n\t'), 'b.txt')).toThrow(IngestError);
  });
  it('recognises GBK and says how to convert it', () => {
    expect(looksLikeGbk(GBK_BYTES)).toBe(true);
    expect(() => decodePage(GBK_BYTES, 'g.txt')).toThrow(/GBK.*iconv -f GBK -t UTF-8 'g\.txt'/);
  });
  it('refuses other encodings without guessing', () => {
    expect(() => decodePage(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x80]), 'x.txt')).toThrow(/不是 UTF-8/);
  });
  it('says a PDF, a scan or a program is no text, and to give the OCR tool’s output', () => {
    const withHead = (...head: number[]) => Uint8Array.from([...head, ...new TextEncoder().encode('1.7\n党建引领')]);
    expect(() => decodePage(withHead(0x25, 0x50, 0x44, 0x46, 0x2d), 'page.pdf')).toThrow(
      /^page\.pdf: file: 这是 PDF 文件，不是文字：请给 ingest OCR 工具识别出的文字/,
    );
    expect(() => decodePage(withHead(0xff, 0xd8, 0xff, 0xe0), 'scan.jpg')).toThrow(/JPEG 图片.*a JPEG image/);
    expect(() => decodePage(withHead(0x89, 0x50, 0x4e, 0x47), 'scan.png')).toThrow(/PNG 图片/);
    expect(() => decodePage(withHead(0x50, 0x4b, 0x03, 0x04), 'page.docx')).toThrow(/Word 文档/);
    expect(() => decodePage(withHead(0x7f, 0x45, 0x4c, 0x46, 0x02), 'a.out')).toThrow(/程序文件/);
    // NULs among ASCII bytes (valid UTF-8, no signature): binary, not a page.
    expect(() =>
      decodePage(Uint8Array.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x00, 0x01, 0x00, 0x00, 0x43]), 'x.bin'),
    ).toThrow(/二进制文件/);
  });
  it('recognises UTF-16 text, with a byte-order mark or without, and says how to convert it', () => {
    const text = '第1版 要闻\n高新区召开党建工作会议\n';
    const le = Uint8Array.from(Buffer.from(text, 'utf16le'));
    expect(notTextKind(le)).toBeUndefined();
    expect(() => decodePage(Uint8Array.from([0xff, 0xfe, ...le]), 'u.txt')).toThrow(
      /^u\.txt: encoding: 第1行起是 UTF-16 编码，不是 UTF-8。请先转换：iconv -f UTF-16 -t UTF-8 'u\.txt' > 'page\.utf8\.txt'/,
    );
    // Without the mark, iconv is told the byte order the bytes read in.
    expect(() => decodePage(le, 'u.txt')).toThrow(/UTF-16 编码.*iconv -f UTF-16LE -t UTF-8/);
    expect(() => decodePage(Uint8Array.from(Buffer.from(text, 'utf16le').swap16()), 'u.txt')).toThrow(
      /iconv -f UTF-16BE -t UTF-8/,
    );
    // ASCII only: every byte valid UTF-8, every other one a NUL.
    expect(() => decodePage(Uint8Array.from(Buffer.from('page 1\n', 'utf16le')), 'a.txt')).toThrow(/UTF-16 编码/);
    // A stray NUL in a UTF-8 page is a control character of its text, not a sign of another file.
    expect(decodePage(new TextEncoder().encode('高新区召开党建工作会议\0。\n'), 'n.txt').text).toBe(
      '高新区召开党建工作会议\0。\n',
    );
    // Text without NULs is never taken for UTF-16.
    expect(() => decodePage(GBK_BYTES, 'g.txt')).toThrow(/GBK/);
  });
});

describe('firstInvalidUtf8', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it('is -1 exactly where TextDecoder reads the bytes, and where it is, the bytes before it are UTF-8', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      // Mostly valid text with a byte changed, so that cut and altered sequences come often.
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.nat(), fc.integer({ min: 0, max: 255 }))
        .map(([text, at, byte]) => {
          const encoded = utf8(text);
          if (encoded.length > 0) encoded[at % encoded.length] = byte;
          return encoded;
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const decoder = new TextDecoder('utf-8', { fatal: true });
        const offset = firstInvalidUtf8(input);
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(offset === -1).toBe(valid);
        if (offset >= 0) expect(() => decoder.decode(input.subarray(0, offset))).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
  it('finds overlong forms, surrogates, code points past U+10FFFF and sequences cut short', () => {
    expect(firstInvalidUtf8(utf8('党建𠀀 A'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe5, 0x85]))).toBe(2);
  });
});

describe('encodingHint', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
  it('says from which line a GBK file is GBK, and converts a file in place unless told where to', () => {
    const file = join(utf8('---\ntitle: '), GBK_BYTES, utf8('\n'));
    expect(encodingHint(file, "content/articles/2019/it's.md")).toBe(
      "第2行起是 GBK 编码，不是 UTF-8。请先转换：iconv -f GBK -t UTF-8 'content/articles/2019/it'\\''s.md' > 'content/articles/2019/it'\\''s.md.utf8' && mv 'content/articles/2019/it'\\''s.md.utf8' 'content/articles/2019/it'\\''s.md' (GBK input: convert it to UTF-8 first)",
    );
    expect(encodingHint(GBK_BYTES, 'g.txt', 'page.utf8.txt')).toMatch(
      /^第1行起是 GBK 编码.*iconv -f GBK -t UTF-8 'g\.txt' > 'page\.utf8\.txt' \(/,
    );
  });
  it('names the line of stray bytes in a UTF-8 file, and does not say to convert it whole', () => {
    const file = join(utf8('---\ntitle: 党建引领\n---\n\n正文'), Uint8Array.from([0xb9, 0xf3]), utf8('第二句。\n'));
    const hint = encodingHint(file, 'a.md');
    expect(hint).toMatch(/^第5行起有不是 UTF-8 的字节（0xB9 0xF3 0xE7 0xAC）；此前的文字是 UTF-8/);
    expect(hint).not.toContain('iconv');
  });
  it('names the line where other bytes begin', () => {
    expect(encodingHint(join(utf8('a\nb\n'), Uint8Array.from([0xff, 0xfe])), 'x.txt', 'page.utf8.txt')).toMatch(
      /^第3行起不是 UTF-8 编码；.*iconv -f <原编码> -t UTF-8 'x\.txt' > 'page\.utf8\.txt'/,
    );
  });
});

describe('fullWidthPunctuation', () => {
  it('sets punctuation in Chinese text full-width', () => {
    expect(fullWidthPunctuation('党建,引领;发展:好!对吗?(唐家湾镇)')).toBe('党建，引领；发展：好！对吗？（唐家湾镇）');
  });
  it('pairs straight double quotes as opening and closing quotes', () => {
    expect(fullWidthPunctuation('打造"2+1"现代产业体系,形成"双十一"目标')).toBe(
      '打造“2+1”现代产业体系，形成“双十一”目标',
    );
  });
  it('leaves numbers and Latin text alone', () => {
    expect(fullWidthPunctuation('投资1,200万元,共48.3亿元')).toBe('投资1,200万元，共48.3亿元');
    expect(fullWidthPunctuation('E-mail:dengsh@chih.org')).toBe('E-mail:dengsh@chih.org');
  });

  it('judges each mark by the nearest characters that are no space, as a whole-line scan does', () => {
    // The whole-line reading: every character's neighbours found by scanning the line.
    const scanned = (text: string) => {
      const chars = [...text];
      const pairs: Record<string, string> = {
        ',': '，',
        ':': '：',
        ';': '；',
        '?': '？',
        '!': '！',
        '(': '（',
        ')': '）',
      };
      const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》]/u;
      let open = false;
      return chars
        .map((char, i) => {
          const before = [...chars.slice(0, i)].reverse().find((c) => c !== ' ') ?? '';
          const after = chars.slice(i + 1).find((c) => c !== ' ') ?? '';
          if (char === '"') return (open = !open) ? '“' : '”';
          const full = pairs[char];
          if (!full) return char;
          if (/\d/.test(before) && /\d/.test(after)) return char;
          if (char === '(' || char === ')') return cjk.test(before) || cjk.test(after) ? full : char;
          return cjk.test(before) || (cjk.test(after) && !/[A-Za-z0-9]/.test(before)) ? full : char;
        })
        .join('')
        .replace(/(?<=[，：；？！（）])\s+|\s+(?=[，：；？！（）])/gu, '');
    };
    const piece = fc.constantFrom(
      '党',
      '建',
      ' ',
      '  ',
      ',',
      ':',
      ';',
      '?',
      '!',
      '(',
      ')',
      '"',
      '1',
      '2',
      'a',
      'E',
      '。',
      '“',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(fullWidthPunctuation(text)).toBe(scanned(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('suggest', () => {
  const zones = [
    { id: 'huizhou-zhongkai', name: '惠州仲恺高新区', aliases: ['仲恺高新区', '仲恺'] },
    { id: 'zhuhai', name: '珠海高新区', aliases: [] },
  ];
  it('counts each mention once, longest name first, most mentioned first', () => {
    expect(suggest('惠州仲恺高新区开展活动。仲恺高新区相关负责人说，仲恺模式。珠海高新区', zones)).toEqual([
      { id: 'huizhou-zhongkai', mentions: 3 },
      { id: 'zhuhai', mentions: 1 },
    ]);
  });
  it('suggests nothing that is not named', () => {
    expect(suggest('济宁高新区主题教育', zones)).toEqual([]);
  });
});

describe('renderDraft', () => {
  const story = {
    headline: { kicker: '不忘初心 牢记使命', title: '鸡山社区党组织开展主题教育党日活动' },
    paragraphs: [
      '本报讯 记者宋显晖报道：为庆祝中国共产党成立98周年。',
      '## 参观学习',
      '此次活动的第一站为广州辛亥革命纪念馆。',
    ],
    credits: [{ role: 'writer' as const, label: '本报讯 记者', name: '宋显晖' }],
    captions: [],
    lines: [1, 2, 3],
    firstLine: 1,
  };
  const text = renderDraft(story, {
    source: 'unprinted-2019',
    order: 3,
    date: '2019',
    newspaperPrinted: false,
    zones: [
      { id: 'zhuhai', mentions: 2 },
      { id: 'hengqin', mentions: 1 },
    ],
    campaigns: [{ id: 'buwang-chuxin', mentions: 1 }],
    topics: [],
    banner: [],
  });

  it('writes frontmatter that parses, marked as a draft, dates kept as strings', () => {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(frontmatter).toMatchObject({
      draft: true,
      title: '鸡山社区党组织开展主题教育党日活动',
      kicker: '不忘初心 牢记使命',
      date: '2019',
      source: 'unprinted-2019',
      order: 3,
      zone: 'zhuhai',
      relatedZones: ['hengqin'],
      campaigns: ['buwang-chuxin'],
    });
    expect(frontmatter.credits).toEqual(story.credits);
  });
  it('marks suggestions and what the editor still owes in comments', () => {
    expect(text).toMatch(/^zone: "zhuhai" # 建议/m);
    expect(text).toMatch(/^# dateEvidence:/m);
    expect(text).toMatch(/^# newspaperNote:/m);
  });
  it('keeps the body as Markdown paragraphs and section heads', () => {
    expect(text.split('\n---\n')[1]).toBe(
      '\n本报讯 记者宋显晖报道：为庆祝中国共产党成立98周年。\n\n## 参观学习\n\n此次活动的第一站为广州辛亥革命纪念馆。\n',
    );
  });
  it('suggests the 版名 the page prints on its 版次 line as pageName', () => {
    const named = renderDraft(story, {
      source: 'unprinted-2022',
      order: 1,
      date: '2022',
      newspaperPrinted: false,
      zones: [],
      campaigns: [],
      topics: [],
      banner: [],
      pageName: '园区党建',
    });
    expect(named).toMatch(/^pageName: "园区党建" # 版名/m);
    expect((parse(/^---\n([\s\S]*?)\n---/.exec(named)![1]!) as Record<string, unknown>).pageName).toBe('园区党建');
    expect(text).not.toMatch(/^pageName:/m);
  });
  /** A page's draft with nothing suggested for it. */
  const bareContext = (order: number) => ({
    source: 'unprinted-2019',
    order,
    date: '2019',
    newspaperPrinted: false,
    zones: [],
    campaigns: [],
    topics: [],
    banner: [],
  });
  it('says in a comment where the story goes on, so the draft file tells the editor it is not whole', () => {
    const continued = renderDraft(
      { ...story, continued: ['本篇在另一版续完（下转第2版）：续文是那一版的稿件；在 continuedIn 里写那篇的 id'] },
      bareContext(1),
    );
    expect(continued).toMatch(/^# 转版：本篇在另一版续完（下转第2版）/m);
    expect(continued.split('\n---\n')[1]).toBe(text.split('\n---\n')[1]);
    expect(text).not.toMatch(/转版/u);
  });
  it('tells the editor that the rest of a story from another page takes the headline of its beginning', () => {
    const rest = renderDraft(
      {
        ...story,
        headline: undefined,
        continued: ['本篇开头在另一版（上接第1版）：开头是那一版的稿件；在那篇的 continuedIn 里写本篇的 id'],
      },
      bareContext(3),
    );
    expect(rest).toMatch(/^title: "（待定标题）" # 本篇开头在另一版：照那一版所印写开头那篇的标题$/mu);
    expect(renderDraft({ ...story, headline: undefined }, bareContext(3))).toMatch(
      /^title: "（待定标题）" # 未识别出标题$/mu,
    );
  });
  it('gives a draft with captions and no text (a picture item) emptyBody, as a candidate, and one with text none', () => {
    const pictures = renderDraft(
      { ...story, headline: undefined, paragraphs: [], captions: [{ text: '党员在苏兆征故居参观学习。' }] },
      bareContext(2),
    );
    expect(pictures).toMatch(/^emptyBody: "图片新闻：.*" # 候选/mu);
    expect((parse(/^---\n([\s\S]*?)\n---/.exec(pictures)![1]!) as Record<string, unknown>).emptyBody).toMatch(
      /^图片新闻/u,
    );
    expect(text).not.toMatch(/emptyBody/u);
  });
  it('writes a poem’s stanza as one paragraph, its lines a hard break apart, each line’s Markdown escaped', () => {
    const poem = renderDraft(
      { ...story, paragraphs: ['你是清晨的第一缕光\n# 照亮了园区\n1. 第一条路', '一百年风雨兼程\n一百年初心如磐'] },
      bareContext(3),
    );
    const body = poem.split('\n---\n')[1]!;
    expect(body).toBe('\n你是清晨的第一缕光\\\n\\# 照亮了园区\\\n1\\. 第一条路\n\n一百年风雨兼程\\\n一百年初心如磐\n');
  });
  it('names drafts after their page and position', () => {
    expect(draftSlug('zhongguo-gaoxin-daobao-2019-10-28-p9', 2)).toBe('zhongguo-gaoxin-daobao-2019-10-28-p9-2');
  });
  it('names the zones a page mentions that zones.yaml lacks, as printed', () => {
    const zones = [
      { id: 'huizhou-zhongkai', name: '惠州仲恺高新区', aliases: ['仲恺高新区', '仲恺'] },
      { id: 'zhuhai', name: '珠海高新区', aliases: [] },
    ];
    expect(unknownZones('支持吉林高新区和南通高新区发展，珠海高新区、仲恺高新区与国家高新区', zones)).toEqual([
      '南通高新区',
      '吉林高新区',
    ]);
  });
  it('names a zone of three characters whole, where the page sets it off (长白山, not 白山)', () => {
    const text =
      '长白山高新区开展党史学习教育\n近日，长白山高新区组织党员干部参观，助力长白山高新区发展。\n赴太仓高新区考察';
    expect(unknownZones(text, [])).toEqual(['太仓高新区', '长白山高新区']);
  });
  it('names no zone where a verb stands right before 高新区, and the zone after a verb', () => {
    const text =
      '举办银企对接会，引导高新区科技资源与金融资源对接。\n来自高新区、横琴新区的代表参加了活动。\n联合高新区总工会，推进高新区扶贫工作\n助力通化高新区发展';
    expect(unknownZones(text, [])).toEqual(['通化高新区']);
    // Nor part of a word, or a word with a particle (成立以高新区委书记为组长, 滋养着高新区).
    expect(unknownZones('成立以高新区委书记为组长的领导小组\n持续滋养着高新区党员干部', [])).toEqual([]);
    // Nor a verb's 一下 (请您介绍一下高新区党建工作的主要做法).
    expect(unknownZones('记者：请您介绍一下高新区党建工作的主要做法\n再了解一番高新区', [])).toEqual([]);
    // Nor a verb of telling or seeing (讲述高新区优秀共产党员的故事, 走访高新区企业), though a zone after one is.
    expect(unknownZones('专栏，讲述高新区优秀共产党员的故事。\n记者走访高新区企业，关注高新区发展', [])).toEqual([]);
    expect(unknownZones('记者走访吉林高新区企业', [])).toEqual(['吉林高新区']);
  });
  it('names no zone where the words before 高新区 say what kind of zone, not which', () => {
    const text =
      '转化为建设高质量发展国家一流高新区的强大动力\n与多家高新区交流，学习先进高新区经验\n省级高新区、兄弟高新区和其他高新区';
    expect(unknownZones(text, [])).toEqual([]);
  });
});
