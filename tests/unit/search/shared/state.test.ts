import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  filtersByValue,
  hasCriteria,
  pageCount,
  pageSlice,
  parseSearchState,
  RESULTS_PER_PAGE,
  serializeSearchState,
  type FilterChoice,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../../../../src/lib/search/shared/state.ts';

const empty: SearchState = { query: '', filters: {}, sort: 'relevance', page: 1 };

describe('parseSearchState', () => {
  it('gives defaults for an empty query string', () => {
    expect(parseSearchState('')).toEqual(empty);
    expect(parseSearchState('?')).toEqual(empty);
  });

  it('reads every field', () => {
    expect(parseSearchState('?q=党史&zone=珠海&campaign=学党史&year=2021&newspaper=导报&sort=date-asc&page=3')).toEqual(
      {
        query: '党史',
        filters: { zone: '珠海', campaign: '学党史', year: '2021', newspaper: '导报' },
        sort: 'date-asc',
        page: 3,
      },
    );
  });

  it('accepts URLSearchParams', () => {
    expect(parseSearchState(new URLSearchParams({ q: '苏兆征', sort: 'date-desc' }))).toMatchObject({
      query: '苏兆征',
      sort: 'date-desc',
    });
  });

  it('ignores unknown keys', () => {
    expect(parseSearchState('foo=bar&topic=x')).toEqual(empty);
  });

  it.each(['RELEVANCE', 'date', 'newest', '', 'date-desc ', 'constructor'])(
    'falls back to relevance for sort=%j',
    (sort) => {
      expect(parseSearchState(`sort=${encodeURIComponent(sort)}`).sort).toBe('relevance');
    },
  );

  it.each(['0', '-2', 'abc', '', 'NaN', 'Infinity', '-0'])('falls back to page 1 for page=%j', (page) => {
    expect(parseSearchState(`page=${encodeURIComponent(page)}`).page).toBe(1);
  });

  it('reads an integer page', () => {
    expect(parseSearchState('page=7').page).toBe(7);
    expect(parseSearchState('page=007').page).toBe(7);
  });

  it('trims the query and the filters, and drops blank filters', () => {
    expect(parseSearchState('q=%20%20党史%E3%80%80&zone=%20珠海%20&year=%20%20')).toEqual({
      ...empty,
      query: '党史',
      filters: { zone: '珠海' },
    });
  });

  it('caps the query and filter values at 200 characters', () => {
    const long = '党'.repeat(250);
    const state = parseSearchState(new URLSearchParams({ q: long, zone: long }));
    expect(state.query).toBe('党'.repeat(200));
    expect(state.filters.zone).toBe('党'.repeat(200));
  });

  it('treats markup as text', () => {
    expect(parseSearchState('q=<script>alert(1)</script>').query).toBe('<script>alert(1)</script>');
  });

  // Regression: trimming before capping could leave a trailing space, so serialize(parse(url)) changed the state.
  it('gives a trimmed query even when the cap cuts just after a space', () => {
    const state = parseSearchState(new URLSearchParams({ q: `${'党'.repeat(199)} 史` }));
    expect(state.query).toBe(state.query.trim());
  });

  // Regression: capping by UTF-16 units could cut a character outside the BMP in half.
  it('does not cut a character outside the BMP in half', () => {
    const state = parseSearchState(new URLSearchParams({ q: `${'党'.repeat(199)}𠮷` }));
    expect(state.query.isWellFormed()).toBe(true);
  });
});

describe('serializeSearchState', () => {
  it('omits defaults', () => {
    expect(serializeSearchState(empty)).toBe('');
    expect(serializeSearchState({ ...empty, page: 1, sort: 'relevance', filters: { zone: '' } })).toBe('');
  });

  it('writes keys in a fixed order', () => {
    const state: SearchState = {
      query: '党史',
      filters: { newspaper: '导报', year: '2021', zone: '珠海', campaign: '学党史' },
      sort: 'date-desc',
      page: 2,
    };
    expect([...new URLSearchParams(serializeSearchState(state)).keys()]).toEqual([
      'q',
      'zone',
      'campaign',
      'year',
      'newspaper',
      'sort',
      'page',
    ]);
  });

  it('encodes values', () => {
    const s = serializeSearchState({ ...empty, query: '党史 & 学习=1' });
    expect(s).not.toMatch(/[\s党]/u);
    expect(new URLSearchParams(s).get('q')).toBe('党史 & 学习=1');
  });

  // Canonical states: what parseSearchState can give for a well-formed URL.
  const value = fc
    .string({ unit: 'binary', maxLength: 40 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const stateArb: fc.Arbitrary<SearchState> = fc.record({
    query: fc.oneof(fc.constant(''), value),
    filters: fc.record(
      Object.fromEntries(FILTER_KEYS.map((k) => [k, value])) as Record<
        (typeof FILTER_KEYS)[number],
        fc.Arbitrary<string>
      >,
      {
        requiredKeys: [],
      },
    ),
    sort: fc.constantFrom<SortOrder>('relevance', 'date-desc', 'date-asc'),
    page: fc.integer({ min: 1, max: 10_000 }),
  });

  it('property: serialize(parse(serialize(s))) equals serialize(s)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const url = serializeSearchState(state);
        expect(serializeSearchState(parseSearchState(url))).toBe(url);
        expect(parseSearchState(url)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('criteria', () => {
  it('has criteria with a query or a filter', () => {
    expect(hasCriteria(empty)).toBe(false);
    expect(hasCriteria({ ...empty, sort: 'date-desc', page: 3 })).toBe(false);
    expect(hasCriteria({ ...empty, query: '党' })).toBe(true);
    expect(hasCriteria({ ...empty, filters: { year: '2021' } })).toBe(true);
    expect(hasCriteria({ ...empty, filters: { year: '' } })).toBe(false);
  });
});

describe('pagination', () => {
  it('has ten results per page', () => {
    expect(RESULTS_PER_PAGE).toBe(10);
  });

  it('counts at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(10)).toBe(1);
    expect(pageCount(11)).toBe(2);
    expect(pageCount(20)).toBe(2);
    expect(pageCount(21)).toBe(3);
  });

  it('slices pages', () => {
    expect(pageSlice(0, 1)).toEqual({ start: 0, end: 0 });
    expect(pageSlice(10, 1)).toEqual({ start: 0, end: 10 });
    expect(pageSlice(11, 1)).toEqual({ start: 0, end: 10 });
    expect(pageSlice(11, 2)).toEqual({ start: 10, end: 11 });
    expect(pageSlice(25, 3)).toEqual({ start: 20, end: 25 });
  });

  it('clamps a page beyond the last, or before the first', () => {
    expect(pageSlice(11, 5)).toEqual({ start: 10, end: 11 });
    expect(pageSlice(10, 2)).toEqual({ start: 0, end: 10 });
    expect(pageSlice(0, 3)).toEqual({ start: 0, end: 0 });
    expect(pageSlice(11, 0)).toEqual({ start: 0, end: 10 });
    expect(pageSlice(11, -4)).toEqual({ start: 0, end: 10 });
  });

  it('property: the pages partition the results', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (total) => {
        let next = 0;
        for (let page = 1; page <= pageCount(total); page++) {
          const { start, end } = pageSlice(total, page);
          expect(start).toBe(next);
          expect(end - start).toBeLessThanOrEqual(RESULTS_PER_PAGE);
          if (total > 0) expect(end).toBeGreaterThan(start);
          next = end;
        }
        expect(next).toBe(total);
      }),
    );
  });
});

describe('filtersByValue', () => {
  const choices: Record<FilterKey, FilterChoice[]> = {
    zone: [
      { value: '珠海高新区', id: 'zhuhai' },
      { value: '惠州仲恺高新区', id: 'huizhou-zhongkai' },
    ],
    campaign: [{ value: '党史学习教育', id: 'dangshi-xuexi-jiaoyu' }],
    year: [{ value: '2021', id: '2021' }],
    newspaper: [
      { value: '中国高新技术产业导报', id: 'zhongguo-gaoxin-daobao' },
      { value: '报名未印', id: 'unprinted' },
    ],
  };

  it("takes a zone's, campaign's or newspaper's id, as the site's URLs spell it, for its name, in any letter case", () => {
    expect(
      filtersByValue(
        { zone: 'zhuhai', campaign: 'Dangshi-Xuexi-Jiaoyu', year: '2021', newspaper: 'unprinted' },
        choices,
      ),
    ).toEqual({ zone: '珠海高新区', campaign: '党史学习教育', year: '2021', newspaper: '报名未印' });
  });

  it('keeps a name, and a value that is neither a name nor an id, as given', () => {
    expect(filtersByValue({ zone: '惠州仲恺高新区', newspaper: '人民日报' }, choices)).toEqual({
      zone: '惠州仲恺高新区',
      newspaper: '人民日报',
    });
    expect(filtersByValue({}, choices)).toEqual({});
  });

  it("property: an option's id, in any case, or its name selects that option's name; another value stays", () => {
    // As the site's menus are: names distinct, ids distinct lowercase slugs, no id another's name.
    const options = fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { minLength: 1, maxLength: 6 })
      .map((ids) => ids.map((id, i) => ({ value: `名${i}区`, id })));
    fc.assert(
      fc.property(options, fc.nat(), fc.constantFrom('id', 'ID', 'name'), fc.string(), (menu, pick, as, other) => {
        const option = menu[pick % menu.length]!;
        const given = as === 'name' ? option.value : as === 'ID' ? option.id.toUpperCase() : option.id;
        const zone = (value: string) =>
          filtersByValue({ zone: value }, { zone: menu, campaign: [], year: [], newspaper: [] }).zone;
        expect(zone(given)).toBe(option.value);
        const known = menu.some((o) => o.value === other.trim() || o.id === other.trim().toLowerCase());
        if (other.trim() && !known) expect(zone(other.trim())).toBe(other.trim());
      }),
    );
  });
});
