import type { APIRoute, GetStaticPaths } from 'astro';
import { staticKey } from '../../../lib/cache-keys.ts';
import { jsonResponse } from '../../../lib/json.ts';
import { OPEN_DATA_SCHEMAS } from '../../../lib/open-data-schema.ts';

export const getStaticPaths = (() =>
  Object.entries(OPEN_DATA_SCHEMAS).map(([file, schema]) => ({
    params: { file },
    props: { schema },
    cacheKey: staticKey(schema),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.schema, 2);
