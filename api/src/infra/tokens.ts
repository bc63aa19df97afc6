/** Injection tokens for things that are not classes. */
export { APP_CONFIG } from '../config/env.js';
export const DATA_SOURCE = Symbol('DATA_SOURCE');
