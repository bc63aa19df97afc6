// `node --import ./test/support/ts-register.mjs src/main.ts`: the API from its sources (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
