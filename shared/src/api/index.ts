/**
 * The typed API client used by the admin console and the mini-program.
 * Types are generated from the API's OpenAPI document (schema.ts); never copy them by hand.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

export function createApiClient(opts: ClientOptions = {}): ApiClient {
  return createClient<paths>(opts);
}
