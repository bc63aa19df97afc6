import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOpenApi, SHARED_DIR } from '../src/openapi/generate.js';

describe('generated API types', () => {
  it('shared/openapi.json and shared/src/api/schema.ts match what the API declares (run `npm run gen:api`)', async () => {
    const { json, types } = await generateOpenApi();
    expect(readFileSync(join(SHARED_DIR, 'openapi.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(SHARED_DIR, 'src/api/schema.ts'), 'utf8')).toBe(types);
    const doc = JSON.parse(json);
    expect(doc.paths['/api/v1/projects/{projectId}/import'].post).toBeTruthy();
    expect(doc.components.schemas.TokenPairDto.required).toEqual(expect.arrayContaining(['accessToken', 'refreshToken', 'me']));
  });
});
