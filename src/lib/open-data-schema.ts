/**
 * JSON Schemas (draft 2020-12) of the open-data files, published at /data/schema/ and
 * checked against every built file by the build tests. Written beside the types of
 * lib/open-data.ts: a field added there and not here fails those tests (no extra properties).
 */
import { ROLES } from './people.ts';
import { CSV_COLUMNS } from './open-data.ts';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const string = { type: 'string' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const strings = { type: 'array', items: string } as const;
const slug = { type: 'string', pattern: '^[a-z0-9-]+$' } as const;
const url = { type: 'string', pattern: '^https?://\\S+$' } as const;

const object = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const credit = object({
  role: { enum: ROLES },
  roleName: nonEmpty,
  label: nullableString,
  title: nullableString,
  name: nonEmpty,
  id: { type: ['string', 'null'], pattern: '^[a-z0-9-]+$' },
  person: nullableString,
});

const article = object({
  id: slug,
  url,
  kicker: nullableString,
  title: nonEmpty,
  subtitle: nullableString,
  date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  datePrecision: { enum: ['day', 'month', 'year'] },
  dateEvidence: nullableString,
  zone: slug,
  relatedZones: { type: 'array', items: slug },
  campaigns: { type: 'array', items: slug },
  topics: { type: 'array', items: slug },
  newspaper: { type: ['string', 'null'], pattern: '^[a-z0-9-]+$' },
  newspaperPrinted: { type: 'boolean' },
  newspaperNote: nullableString,
  page: nullableString,
  pageName: nullableString,
  column: nullableString,
  source: nonEmpty,
  order: { type: 'integer', minimum: 1 },
  sourceUrl: url,
  credits: { type: 'array', items: credit },
  captions: { type: 'array', items: object({ text: nonEmpty, credit: nullableString, person: nullableString }) },
  corrections: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['original', 'corrected'],
      properties: { original: nonEmpty, corrected: string, note: string },
    },
  },
  editorialNotes: strings,
  continuedIn: { type: ['string', 'null'], pattern: '^[a-z0-9-]+$' },
  reordered: { type: 'boolean' },
  omittedLines: {
    type: 'array',
    items: object({ lines: { type: 'string', pattern: '^\\d+(-\\d+)?$' }, reason: nonEmpty }),
  },
  text: string,
});

export const YEAR_FILE_SCHEMA = {
  $schema: DIALECT,
  $id: 'year.schema.json',
  title: '高新区党建新闻档案：一年的文章（/data/<年份>.json）',
  ...object({
    year: { type: 'integer', minimum: 1949, maximum: 2100 },
    articles: { type: 'array', items: article },
    zones: {
      type: 'array',
      items: object({
        id: slug,
        name: nonEmpty,
        fullName: nonEmpty,
        kind: nonEmpty,
        province: nonEmpty,
        city: nonEmpty,
        url,
      }),
    },
    campaigns: {
      type: 'array',
      items: object({ id: slug, name: nonEmpty, aliases: strings, period: nullableString, url }),
    },
    topics: { type: 'array', items: object({ id: slug, name: nonEmpty, url }) },
    newspapers: {
      type: 'array',
      items: object({ id: slug, name: nonEmpty, aliases: strings, description: nonEmpty, url }),
    },
    people: {
      type: 'array',
      items: object({
        person: nonEmpty,
        name: nonEmpty,
        id: { type: ['string', 'null'], pattern: '^[a-z0-9-]+$' },
        roles: { type: 'array', items: { enum: ROLES }, minItems: 1 },
        url,
        articles: { type: 'array', items: slug, minItems: 1 },
      }),
    },
  }),
};

/** A row of /data/<year>.csv read as an object of its header's names (every value a string). */
export const CSV_ROW_SCHEMA = {
  $schema: DIALECT,
  $id: 'csv-row.schema.json',
  title: '高新区党建新闻档案：CSV 的一行（/data/<年份>.csv，首行为列名）',
  ...object({
    ...Object.fromEntries(CSV_COLUMNS.map((c) => [c.name, string])),
    id: slug,
    url,
    date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    datePrecision: { enum: ['day', 'month', 'year'] },
    newspaperPrinted: { enum: ['true', 'false'] },
    captions: { type: 'string', pattern: '^\\d+$' },
    corrections: { type: 'string', pattern: '^\\d+$' },
  }),
};

export const OPEN_DATA_SCHEMAS = { year: YEAR_FILE_SCHEMA, 'csv-row': CSV_ROW_SCHEMA } as const;
