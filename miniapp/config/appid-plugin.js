/**
 * Writes the build's appid (TARO_APP_ID, checked by build-env.ts) into the project.config.json Taro copies
 * into the weapp output, so the WeChat developer tools and the upload CLI open the right mini-program.
 */
const fs = require('node:fs');
const path = require('node:path');

module.exports = (ctx, opts) => {
  ctx.onBuildFinish(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    const file = path.join(ctx.paths.outputPath, 'project.config.json');
    if (!fs.existsSync(file)) return;
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (json.appid === opts.appId) return;
    json.appid = opts.appId;
    fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  });
};
