/**
 * Which media type of a `content` map a reader takes. One choice for every
 * reader, so the client's types, the mocks' table and the tests all speak of
 * the same body when an operation offers several.
 * @module
 */
import { isObject } from './json.js';

/** The media type preferred when a `content` map offers it. */
const JSON_MEDIA_TYPE = 'application/json';

/**
 * Whether a media type carries JSON: `application/json` and the structured
 * syntax suffix `+json` (`application/problem+json`), or any other name that
 * says json.
 * @param {string | undefined} mediaType
 * @returns {boolean}
 */
export function isJsonMediaType(mediaType) {
  return mediaType?.includes('json') === true;
}

/**
 * The media type a reader takes from a `content` map: `application/json`
 * when offered, else the first JSON media type, else the first listed;
 * undefined for a missing or empty map.
 * @param {unknown} content
 * @returns {string | undefined}
 */
export function preferredMediaType(content) {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  if (types.includes(JSON_MEDIA_TYPE)) return JSON_MEDIA_TYPE;
  return types.find(isJsonMediaType) ?? types[0];
}

/**
 * The schema of the {@link preferredMediaType} of a `content` map (`{}` when
 * that media type declares none); undefined for an empty map.
 * @param {unknown} content
 * @returns {unknown}
 */
export function schemaOfContent(content) {
  const type = preferredMediaType(content);
  if (type === undefined || !isObject(content)) return undefined;
  const media = content[type];
  return isObject(media) ? (media.schema ?? {}) : {};
}

/**
 * The schema of a `content` map's JSON media type, as {@link schemaOfContent}
 * reads it; undefined when the map offers no JSON.
 * @param {unknown} content
 * @returns {unknown}
 */
export function jsonSchemaOf(content) {
  return isJsonMediaType(preferredMediaType(content)) ? schemaOfContent(content) : undefined;
}
