// Probes which databases this run can reach; the result goes to the environment
// so every suite (and the summary at the end of `npm test`) knows.
import { probeMysql } from './db-probe.js';

export default async function setup(): Promise<void> {
  const url = await probeMysql();
  process.env.WY_TEST_MYSQL_URL = url ?? '';
}
