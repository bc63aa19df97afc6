// What the bench loads into the API and the baseline (`node --import ./scripts/bench/agent.mjs …`):
// nothing in the product is wrapped or changed, and it costs nothing until the bench asks.
// A small HTTP endpoint on BENCH_AGENT_PORT:
//   POST /sql/on, /sql/off   record the statements sent, from mysql2's own diagnostics channels
//   GET  /sql                what was sent since the last look (and forget it): { "statements": [...] }
//   POST /prof/on            start V8's sampling profiler in this process
//   POST /prof/off?file=…    stop it and write the .cpuprofile there (scripts/bench/prof.mjs reads it)
//   GET  /cpu                the CPU time this process has used so far, in µs: { "us": … } (user + system)
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';

const port = Number(process.env.BENCH_AGENT_PORT);
if (port) {
  let seen = [];
  const record = (m) =>
    seen.push(
      String(m.query ?? '')
        .replace(/\s+/g, ' ')
        .slice(0, 400),
    );
  const channels = ['tracing:mysql2:query:start', 'tracing:mysql2:execute:start'];
  const session = new Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let out = {};
    try {
      switch (`${req.method} ${url.pathname}`) {
        case 'POST /sql/on':
        case 'POST /sql/off':
          for (const c of channels) (url.pathname === '/sql/on' ? subscribe : unsubscribe)(c, record);
          seen = [];
          break;
        case 'GET /sql':
          out = { statements: seen };
          seen = [];
          break;
        case 'GET /cpu': {
          const { user, system } = process.cpuUsage();
          out = { us: user + system };
          break;
        }
        case 'POST /prof/on':
          await post('Profiler.enable');
          await post('Profiler.setSamplingInterval', { interval: 200 });
          await post('Profiler.start');
          break;
        case 'POST /prof/off': {
          const { profile } = await post('Profiler.stop');
          writeFileSync(url.searchParams.get('file'), JSON.stringify(profile));
          break;
        }
        default:
          res.statusCode = 404;
      }
    } catch (e) {
      res.statusCode = 500;
      out = { error: e.message };
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(out));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
