/**
 * Writes the OpenAPI document and the TypeScript types that the admin console
 * and the mini-program use (shared/openapi.json, shared/src/api/schema.ts).
 * A test fails when the committed files differ from what the API declares.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, buildOpenApi } from '../app.factory.js';
import { loadConfig } from '../config/env.js';

export async function generateOpenApi(): Promise<{ json: string; types: string }> {
  const app = await createApp(loadConfig({ NODE_ENV: 'test', DB_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' }), {
    migrate: true,
  });
  try {
    const doc = buildOpenApi(app);
    // paths and schemas in name order: moving a route between modules does not reshuffle the file
    const byKey = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    doc.paths = byKey(doc.paths);
    if (doc.components?.schemas) doc.components.schemas = byKey(doc.components.schemas);
    const json = JSON.stringify(doc, null, 2) + '\n';
    const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
    const types =
      '/* eslint-disable */\n// Generated from the API by `npm run gen:api`. Do not edit by hand.\n' + astToString(ast);
    return { json, types };
  } finally {
    await app.close();
  }
}

export const SHARED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, types } = await generateOpenApi();
  writeFileSync(join(SHARED_DIR, 'openapi.json'), json);
  writeFileSync(join(SHARED_DIR, 'src/api/schema.ts'), types);
  console.log('已生成 shared/openapi.json 与 shared/src/api/schema.ts');
}
