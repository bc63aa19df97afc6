export * from './roles.js';
export * from './occupants.js';
export * from './property-code.js';
export * from './money.js';
export * from './personal-data.js';
export * from './org.js';
export * from './errors.js';
export * from './pagination.js';
