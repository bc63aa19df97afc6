/**
 * Stands in for @chenshuai2144/sketch-color, which pro-field imports for its colour-picker field type.
 * The console has no colour fields; the real package (and the whole lodash it pulls in, ≈ 45 KB
 * compressed) would ride along on every page with a table or form. See vite.config.ts.
 */
export function SketchPicker(): null {
  return null;
}
export default SketchPicker;
