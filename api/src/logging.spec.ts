import { describe, expect, it } from 'vitest';
import { nestLogLevels } from './app.factory.js';

describe('console output at the configured level', () => {
  it('at warn (npm start) Nest prints only warnings and errors: no route-mapping lines; at info its start-up log too', () => {
    expect(nestLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(nestLogLevels('silent')).toBe(false);
  });
});
