import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import {
  classifyCreditName,
  normalisePersonName,
  groupWorkEntries,
  PeopleError,
  peopleIndex,
  personSlug,
  personWorkEntries,
  splitAtName,
  workByRoleAndYear,
  type PeopleSourceArticle,
} from '../../src/lib/people.ts';

describe('normalisePersonName', () => {
  it.each([
    ['宋显晖', '宋显晖'],
    ['本报记者 宋一诺', '宋一诺'],
    ['记者宋显晖', '宋显晖'],
    ['本报讯 记者 宋显晖', '宋显晖'],
    ['通讯员 赖彩凤', '赖彩凤'],
    ['▶ 张志东', '张志东'],
    ['文字 ▶ 张志东', '张志东'],
    ['摄影：吴长赋', '吴长赋'],
    ['本报记者 钟凡 摄', '钟凡'],
    ['（本报记者 钟凡 摄）', '钟凡'],
    ['宋显晖报道', '宋显晖'],
    ['新华社记者 宋显晖摄', '宋显晖'],
    ['新华社记者 宋显晖 摄', '宋显晖'],
    ['经济日报记者 张嘉村', '张嘉村'],
    ['中国高新技术产业导报记者 张嘉村', '张嘉村'],
    ['高新区融媒体中心记者 赖彩凤', '赖彩凤'],
    ['科技日报社特约通讯员 赖彩凤', '赖彩凤'],
    ['通讯员 赖彩凤 供图', '赖彩凤'],
    ['新华社记者 赖彩凤供图', '赖彩凤'],
    ['钟凡摄', '钟凡'],
    ['欧阳娜娜摄', '欧阳娜娜'],
    ['宋 显晖', '宋显晖'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['本报讯 记者', ''],
    ['▶', ''],
    ['文静', '文静'],
    ['图 文静', '文静'],
  ])('%s → %s', (raw, name) => {
    expect(normalisePersonName(raw)).toBe(name);
  });
});

describe('classifyCreditName', () => {
  it.each([
    ['宋显晖', true],
    ['高新堂', true],
    ['张嘉村', true],
    ['欧阳娜娜', true],
    ['Li Ming', true],
    ['阿卜杜·热合曼', true],
  ])('%s is a person', (raw, person) => {
    expect(classifyCreditName(raw).person).toBe(person);
  });

  it.each([
    ['绪言', 'section-label'],
    ['编者按', 'section-label'],
    ['本报讯', 'empty'],
    ['本报讯 记者', 'empty'],
    ['本报评论员', 'empty'],
    ['高新区供图', 'organisation'],
    ['横琴新区管委会供图', 'organisation'],
    ['园区 供图', 'organisation'],
    ['惠州仲恺高新区', 'organisation'],
    ['宣传部', 'organisation'],
    ['宋', 'not-a-name'],
    ['摄', 'empty'],
    ['新华社记者', 'empty'],
    ['2021年6月', 'not-a-name'],
    ['宋显晖张嘉村', 'not-a-name'],
  ])('%s is not a person (%s)', (raw, reason) => {
    expect(classifyCreditName(raw)).toMatchObject({ person: false, reason });
  });
});

// Han characters that are not in any title, role or label word, nor an institution ending.
const NAME_CHARS = [...'王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林宋一诺显晖志东嘉阳彩凤琴伟明新'];
const hanName = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 4 }).map((chars) => chars.join(''));
const decoration = fc.constantFrom(
  '',
  '本报记者 ',
  '记者',
  '本报讯 记者 ',
  '通讯员 ',
  '▶ ',
  '文字 ▶ ',
  '摄影：',
  '（',
  '新华社记者 ',
  '经济日报记者',
);
const ending = fc.constantFrom('', ' 摄', '摄', '报道', '）', ' ');

describe('normalisePersonName (properties)', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const once = normalisePersonName(text);
        expect(normalisePersonName(once)).toBe(once);
      }),
    );
  });

  it('is idempotent on byline-like text', () => {
    fc.assert(
      fc.property(decoration, hanName, ending, (before, name, after) => {
        const once = normalisePersonName(`${before}${name}${after}`);
        expect(normalisePersonName(once)).toBe(once);
      }),
    );
  });

  it('takes titles, marks and role words off a name, and nothing else', () => {
    fc.assert(
      fc.property(decoration, hanName, ending, (before, name, after) => {
        expect(normalisePersonName(`${before}${name}${after}`)).toBe(name);
        expect(classifyCreditName(`${before}${name}${after}`)).toEqual({ person: true, name });
      }),
    );
  });

  it('never leaves a mark, a bracket or a title at the start', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const name = normalisePersonName(text);
        expect(name).not.toMatch(/[▶►（）()]/u);
        expect(name).not.toMatch(/^(本报记者|通讯员|记者)/u);
      }),
    );
  });
});

describe('personSlug', () => {
  it('keeps Chinese names, is URL-safe once percent-encoded, and adds the id', () => {
    expect(personSlug('宋显晖')).toBe('宋显晖');
    expect(personSlug('宋显晖', 'zhuhai')).toBe('宋显晖-zhuhai');
    expect(personSlug('Li Ming')).toBe('li-ming');
    expect(decodeURIComponent(encodeURIComponent(personSlug('阿卜杜·热合曼')))).toBe('阿卜杜热合曼');
  });

  it('depends on the name and id only (stable)', () => {
    fc.assert(
      fc.property(hanName, (name) => {
        expect(personSlug(name)).toBe(personSlug(name));
        expect(personSlug(name)).toBe(name);
      }),
    );
  });
});

const article = (
  id: string,
  date: string,
  credits: PeopleSourceArticle['credits'],
  captions: PeopleSourceArticle['captions'] = [],
): PeopleSourceArticle => ({ id, date: parseArchiveDate(date), credits, captions });

describe('peopleIndex', () => {
  const articles = [
    article('a', '2019-06', [
      { role: 'writer', name: '宋显晖' },
      { role: 'photographer', name: '高新区供图' },
    ]),
    article('b', '2019-10-28', [
      { role: 'writer', name: '绪言' },
      { role: 'writer', name: '张嘉村' },
      { role: 'editor', name: '叶伟' },
    ]),
    article('c', '2021', [{ role: 'photographer', name: '宋显晖' }], [{ credit: '本报记者 钟凡 摄' }, {}]),
  ];

  it('lists each person once, with every role and article', () => {
    const index = peopleIndex(articles);
    expect(index.people.map((p) => p.name).sort()).toEqual(['叶伟', '宋显晖', '张嘉村', '钟凡'].sort());
    const song = index.people.find((p) => p.name === '宋显晖')!;
    expect(song.roles).toEqual(['writer', 'photographer']);
    expect(song.articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(workByRoleAndYear(song)).toEqual([
      { role: 'writer', years: [{ year: 2019, articles: [articles[0]] }] },
      { role: 'photographer', years: [{ year: 2021, articles: [articles[2]] }] },
    ]);
  });

  it('names caption photographers, and finds the person of a credit', () => {
    const index = peopleIndex(articles);
    expect(index.personOf('c', 'caption', 0)?.name).toBe('钟凡');
    expect(index.personOf('b', 'credit', 0)).toBeUndefined();
    expect(index.personOf('b', 'credit', 1)?.name).toBe('张嘉村');
  });

  it('lists what is not a person, with the reason', () => {
    const index = peopleIndex(articles);
    expect(index.notPeople.map((n) => [n.printed, n.reason])).toEqual([
      ['绪言', 'section-label'],
      ['高新区供图', 'organisation'],
    ]);
  });

  it('tells two people of one name apart by id, and a credit with an id is a person', () => {
    const index = peopleIndex([
      article('a', '2019', [{ role: 'writer', name: '李明', id: 'li-ming-zhuhai' }]),
      article('b', '2019', [{ role: 'writer', name: '李明', id: 'li-ming-jining' }]),
      article('c', '2019', [{ role: 'writer', name: '王新区', id: 'wang' }]),
    ]);
    expect(index.people.map((p) => p.slug)).toEqual(['李明-li-ming-jining', '李明-li-ming-zhuhai', '王新区-wang']);
  });

  it('refuses a name told apart by id in one credit and not in another, naming the credit', () => {
    expect(() =>
      peopleIndex([
        article('a', '2019', [{ role: 'writer', name: '李明', id: 'x' }]),
        article('b', '2019', [{ role: 'editor', name: '李明' }]),
      ]),
    ).toThrow(/b: credits\[0\]\.id/);
    expect(() =>
      peopleIndex([
        article('a', '2019', [{ role: 'writer', name: '李明' }]),
        article('b', '2019', [{ role: 'editor', name: '记者 李明', id: 'x' }]),
      ]),
    ).toThrow(PeopleError);
  });

  it('refuses two people whose pages would share a URL', () => {
    expect(() =>
      peopleIndex([
        article('a', '2019', [
          { role: 'writer', name: 'Li Ming' },
          { role: 'writer', name: 'li ming' },
        ]),
      ]),
    ).toThrow(/\/people\/li-ming\//);
  });
});

describe('personWorkEntries and groupWorkEntries', () => {
  const articles = [
    article('a', '2019-06', [{ role: 'editor', name: '叶伟' }]),
    article('b', '2019-10-28', [
      { role: 'writer', name: '叶伟' },
      { role: 'editor', name: '叶伟' },
    ]),
    article('c', '2021', [{ role: 'editor', name: '叶伟' }]),
  ];
  const person = peopleIndex(articles).people[0]!;

  it('orders role by role, newest year and article first, an article under each of its roles', () => {
    expect(personWorkEntries(person).map((e) => `${e.role} ${e.year} ${e.article.id}`)).toEqual([
      'writer 2019 b',
      'editor 2021 c',
      'editor 2019 b',
      'editor 2019 a',
    ]);
  });

  it('puts a page of entries back under role and year headings, whatever the cut', () => {
    const entries = personWorkEntries(person);
    for (let cut = 0; cut <= entries.length; cut++) {
      const pages = [entries.slice(0, cut), entries.slice(cut)];
      const flat = pages.flatMap((page) =>
        groupWorkEntries(page).flatMap(({ role, years }) =>
          years.flatMap(({ year, articles }) => articles.map((a) => `${role} ${year} ${a.id}`)),
        ),
      );
      expect(flat).toEqual(entries.map((e) => `${e.role} ${e.year} ${e.article.id}`));
    }
    expect(groupWorkEntries(entries.slice(1, 3))).toEqual([
      {
        role: 'editor',
        years: [
          { year: 2021, articles: [articles[2]] },
          { year: 2019, articles: [articles[1]] },
        ],
      },
    ]);
  });
});

describe('splitAtName', () => {
  it('cuts a caption credit around the name, the text around it as printed', () => {
    expect(splitAtName('摄影 宋显晖', '宋显晖')).toEqual({ before: '摄影 ', name: '宋显晖', after: '' });
    expect(splitAtName('本报记者 叶伟 摄', '叶伟')).toEqual({ before: '本报记者 ', name: '叶伟', after: ' 摄' });
  });

  it('gives nothing for a name the credit does not hold as such, or an empty name', () => {
    expect(splitAtName('摄影 宋显 晖', '宋显晖')).toBeUndefined();
    expect(splitAtName('摄影 宋显晖', '')).toBeUndefined();
  });

  it('puts the credit back together, whatever the credit and name (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, name, after) => {
        const credit = before + name + after;
        const parts = splitAtName(credit, name);
        if (!name) {
          expect(parts).toBeUndefined();
          return;
        }
        expect(parts).toBeDefined();
        expect(parts!.before + parts!.name + parts!.after).toBe(credit);
        expect(parts!.before.includes(name)).toBe(false);
      }),
    );
  });
});
