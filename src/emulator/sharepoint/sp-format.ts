import type { EmuRequest, EmuResponse } from '../http/router';
import { isVerbose } from './sp-errors';

/**
 * SharePoint REST answers in the OData flavour the `Accept` header asks for: `odata=verbose`
 * (`{ d: { __metadata, … } }`, collections under `d.results`), `odata=nometadata` (bare), or, for
 * plain `application/json`, minimal metadata (`odata.type`, `odata.id`; collections under
 * `value`). PnPjs's parser reads all three (`parseODataJSON`).
 */
export type SpEntity = {
  readonly type: string;
  readonly uri: string;
  readonly props: Record<string, unknown>;
};

function flavour(req: EmuRequest): 'verbose' | 'nometadata' | 'minimal' {
  const accept = req.headers.accept;
  if (isVerbose(accept)) return 'verbose';
  if (accept !== undefined && /odata=nometadata/i.test(accept)) return 'nometadata';
  return 'minimal';
}

function contentType(req: EmuRequest): string {
  const f = flavour(req);
  return f === 'verbose'
    ? 'application/json;odata=verbose;charset=utf-8'
    : `application/json;odata=${f === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

/** `$select=A,B` on SharePoint REST entities (simple property names only). */
function select(req: EmuRequest, props: Record<string, unknown>): Record<string, unknown> {
  const raw = req.url.searchParams.get('$select');
  if (raw === null || raw.trim() === '') return props;
  const picked: Record<string, unknown> = {};
  for (const name of raw.split(',').map((s) => s.trim())) {
    const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) picked[key] = props[key];
  }
  return picked;
}

function shapeEntity(req: EmuRequest, entity: SpEntity): Record<string, unknown> {
  const props = select(req, entity.props);
  switch (flavour(req)) {
    case 'verbose':
      return { __metadata: { id: entity.uri, uri: entity.uri, type: entity.type }, ...props };
    case 'nometadata':
      return props;
    default:
      return {
        'odata.type': entity.type,
        'odata.id': entity.uri,
        'odata.editLink': entity.uri.replace(/^.*?_api\//, ''),
        ...props,
      };
  }
}

export function spEntityResponse(req: EmuRequest, entity: SpEntity, status = 200): EmuResponse {
  const shaped = shapeEntity(req, entity);
  const body =
    flavour(req) === 'verbose'
      ? { d: shaped }
      : flavour(req) === 'minimal'
        ? { 'odata.metadata': `${req.url.origin}/_api/$metadata#${entity.type}`, ...shaped }
        : shaped;
  return { status, headers: { 'content-type': contentType(req) }, body };
}

export function spCollectionResponse(
  req: EmuRequest,
  type: string,
  entities: readonly SpEntity[],
): EmuResponse {
  const shaped = entities.map((e) => shapeEntity(req, e));
  const body =
    flavour(req) === 'verbose'
      ? { d: { results: shaped } }
      : flavour(req) === 'minimal'
        ? { 'odata.metadata': `${req.url.origin}/_api/$metadata#${type}`, value: shaped }
        : { value: shaped };
  return { status: 200, headers: { 'content-type': contentType(req) }, body };
}

/** MERGE updates answer 204 No Content. */
export function spNoContent(): EmuResponse {
  return { status: 204 };
}

/** A void method (breakroleinheritance, addroleassignment) answers 200 with a null result. */
export function spVoid(req: EmuRequest): EmuResponse {
  const body = flavour(req) === 'verbose' ? { d: null } : { 'odata.null': true };
  return { status: 200, headers: { 'content-type': contentType(req) }, body };
}

export function spValueResponse(
  req: EmuRequest,
  name: string,
  value: Record<string, unknown>,
): EmuResponse {
  const body =
    flavour(req) === 'verbose'
      ? { d: { [name]: { __metadata: { type: `SP.${name}` }, ...value } } }
      : flavour(req) === 'minimal'
        ? { 'odata.metadata': `${req.url.origin}/_api/$metadata#SP.${name}`, ...value }
        : value;
  return { status: 200, headers: { 'content-type': contentType(req) }, body };
}
