import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { setMigrationPii } from '../src/database/migration-pii.js';
import { PiiCipher } from '../src/infra/pii.js';
import { count, freshMysqlDatabase, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const HEADER = '组团编码,组团名称,楼栋编码,楼栋名称,单元,楼层,房号,建筑面积,用途,户型,产权证号,交付日期';
const csv = (...rows: string[]) => Buffer.from('\ufeff' + [HEADER, ...rows].join('\r\n') + '\r\n').toString('base64');

describe.each(testDatabases())('migrations (%s)', (db) => {
  it('run from an empty database, leave no difference from the entities, and roll back cleanly, personal data decrypted on the way', async () => {
    let drop = async () => {};
    let url = '';
    if (db === 'mysql') ({ url, drop } = await freshMysqlDatabase());
    const ds = createDataSource(
      db === 'mysql'
        ? { kind: 'mysql', url: url.replace(/^mariadb:/, 'mysql:'), flavor: url.startsWith('mariadb:') ? 'mariadb' : 'mysql' }
        : { kind: 'sqlite', file: null },
    );
    await ds.initialize();
    try {
      const ran = await ds.runMigrations();
      expect(ran.length).toBeGreaterThan(0);
      const diff = await ds.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
      // an invoice request stored encrypted comes back in clear when InvoiceContactsEncrypted is rolled back
      const pii = new PiiCipher(randomBytes(32), randomBytes(32));
      setMigrationPii(pii);
      await ds.query(
        "INSERT INTO invoice_request (project_id, person_id, applicant_name, title_type, title, amount_fen, bill_lines, status, created_at, refunded_fen, tax_no_enc, email_enc) VALUES (1, 1, '张三', 'company', '瑞和公司', 100, '[]', 'pending', '2026-12-01 02:00:00', 0, ?, ?)",
        [pii.encrypt('91440300MA5F0XXX1K'), pii.encrypt('finance@ruihe.example.com')],
      );
      const hasClear = async () =>
        Object.keys((await ds.query('SELECT * FROM invoice_request'))[0] ?? {}).includes('email');
      let undone = 0;
      while (!(await hasClear())) {
        await ds.undoLastMigration();
        undone++;
      }
      expect((await ds.query('SELECT tax_no, email FROM invoice_request'))[0]).toEqual({
        tax_no: '91440300MA5F0XXX1K',
        email: 'finance@ruihe.example.com',
      });
      for (const _ of ran.slice(undone)) await ds.undoLastMigration();
      const left = await ds.query(
        db === 'mysql'
          ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'migrations'"
          : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')",
      );
      expect(left).toEqual([]);
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});

describe.each(testDatabases())('organisation (%s)', (db) => {
  let t: TestApp;
  let zhuguan: string;
  let p101: number;
  beforeAll(async () => {
    t = await startTestApp(db);
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    p101 = await ids(t).then((i) => i.project('101'));
  });
  afterAll(async () => t?.close());

  it('R-ORG-01 R-ORG-02 creates cluster → building → room; the room gets its 10-digit property code', async () => {
    const c = await t.req('POST', `/api/v1/projects/${p101}/clusters`, { token: zhuguan, body: { code: '5', name: '东区' } });
    expect(c.status).toBe(201);
    const b = await t.req('POST', `/api/v1/projects/${p101}/buildings`, {
      token: zhuguan,
      body: { clusterId: c.body.id, code: '07', name: 'C座', floors: 30 },
    });
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ clusterCode: '5', code: '07', roomCount: 0 });
    const r = await t.req('POST', '/api/v1/rooms', {
      token: zhuguan,
      body: { buildingId: b.body.id, roomNo: '308', floor: 3, area: 8925, use: 'office' },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ propertyCode: '1015070308', roomNo: '0308', area: 8925, buildingName: 'C座' });
    const upd = await t.req('PATCH', `/api/v1/rooms/${r.body.id}`, { token: zhuguan, body: { layout: '两室一厅', area: 9000 } });
    expect(upd.body).toMatchObject({ layout: '两室一厅', area: 9000, propertyCode: '1015070308' });
  });

  it('R-ORG-02 a property code is unique: the same room twice is refused with 409 and a Chinese reason', async () => {
    const b = await ids(t).then((i) => i.building('101', 'A座写字楼'));
    const r = await t.req('POST', '/api/v1/rooms', {
      token: zhuguan,
      body: { buildingId: b, roomNo: '1201', area: 10000, use: 'office' },
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('ORG_CODE_TAKEN');
    expect(r.body.message).toMatch(/1011011201/);
    const dupCluster = await t.req('POST', `/api/v1/projects/${p101}/clusters`, {
      token: zhuguan,
      body: { code: '1', name: '重复' },
    });
    expect(dupCluster.status).toBe(409);
  });

  it('R-ORG-02 concurrent creation of the same room yields exactly one row', async () => {
    const b = await ids(t).then((i) => i.building('101', 'A座写字楼'));
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.req('POST', '/api/v1/rooms', { token: zhuguan, body: { buildingId: b, roomNo: '2999', area: 10000, use: 'office' } }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    expect(await count(t, 'room', "property_code = '1011012999'")).toBe(1);
  });

  it('lists rooms with server-side filters and keyset pages that never repeat or skip', async () => {
    const building = await ids(t).then((i) => i.building('101', 'B座酒店'));
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/v1/rooms?projectId=${p101}&buildingId=${building}&limit=70${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.req('GET', q, { token: zhuguan });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.items.map((r: { id: number }) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(300);
    expect(new Set(seen).size).toBe(300);
    const k = await t.req('GET', `/api/v1/rooms?projectId=${p101}&keyword=101101120`, { token: zhuguan });
    expect(k.body.items.map((r: { propertyCode: string }) => r.propertyCode)).toEqual([
      '1011011201',
      '1011011202',
      '1011011203',
      '1011011204',
      '1011011205',
      '1011011206',
      '1011011207',
      '1011011208',
    ]);
    const bad = await t.req('GET', `/api/v1/rooms?projectId=${p101}&cursor=%%%`, { token: zhuguan });
    expect(bad.status).toBe(400);
  });

  it('imports a CSV sheet of buildings and rooms; existing clusters are reused', async () => {
    const before = await count(t, 'room');
    const r = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: {
        fileName: '东塔.csv',
        contentBase64: csv(
          '1,主楼,09,东塔公寓,1单元,3,301,45.5,公寓,一室一厅,,2024-06-30',
          '1,主楼,09,东塔公寓,1单元,3,302,"52.00",公寓,一室一厅,,2024/6/30',
          '6,新区,01,6号楼,,1,101,120,商铺,,,',
        ),
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toEqual({ clustersCreated: 1, buildingsCreated: 2, roomsCreated: 3 });
    expect(await count(t, 'room')).toBe(before + 3);
    const row = (
      await t.ds.query("SELECT area, room_use AS use_, delivered_on, unit FROM room WHERE property_code = '1011090302'")
    )[0];
    expect(row).toMatchObject({ area: 5200, use_: 'apartment', delivered_on: '2024-06-30', unit: '1单元' });
  });

  it('imports an Excel .xlsx sheet (numbers without leading zeros are padded)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('房屋');
    ws.addRow(HEADER.split(','));
    ws.addRow([7, '七区', 1, '7号楼', '', 2, 201, 88.5, '住宅', '三室', '', new Date('2023-01-15T00:00:00Z')]);
    ws.addRow([7, '七区', 1, '7号楼', '', 2, 202, 90, '住宅', '三室', '', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: { fileName: 'rooms.xlsx', contentBase64: buf.toString('base64') },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.roomsCreated).toBe(2);
    const row = (await t.ds.query("SELECT area, delivered_on FROM room WHERE property_code = '1017010201'"))[0];
    expect(row).toMatchObject({ area: 8850, delivered_on: '2023-01-15' });
  });

  it('an import with any bad row reports every bad row with its line and reason, and imports nothing', async () => {
    const rooms = await count(t, 'room');
    const buildings = await count(t, 'building');
    const clusters = await count(t, 'cluster');
    const r = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: {
        fileName: 'bad.csv',
        contentBase64: csv(
          '8,八区,01,8号楼,,1,101,80,住宅,,,', // good
          '8,八区,01,8号楼,,1,1x1,80,住宅,,,', // line 3: bad room number
          '8,八区,01,8号楼,,1,102,abc,住宅,,,', // line 4: bad area
          '8,八区,01,8号楼,,1,101,80,住宅,,,', // line 5: duplicate in file
          '1,主楼,01,A座写字楼,,12,1201,100,办公,,,', // line 6: exists already
          '8,八区,01,8号楼,,1,103,80,城堡,,,', // line 7: bad use
          '8,八区,02,,,1,104,80,住宅,,,2024-13-01', // line 8: no building name, bad date
        ),
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('ORG_IMPORT_INVALID');
    expect(r.body.message).toMatch(/未导入任何数据/);
    const lines = r.body.details.rows.map((x: { line: number }) => x.line);
    expect(lines).toEqual(expect.arrayContaining([3, 4, 5, 7, 8]));
    expect(lines).not.toContain(2);
    const text = JSON.stringify(r.body.details.rows);
    expect(text).toMatch(/房号只能是数字/);
    expect(text).toMatch(/建筑面积“abc”不是数字/);
    expect(text).toMatch(/已在第2行出现/);
    expect(text).toMatch(/用途“城堡”无效/);
    expect(text).toMatch(/楼栋名称不能为空/);
    expect(text).toMatch(/交付日期/);
    expect(await count(t, 'room')).toBe(rooms);
    expect(await count(t, 'building')).toBe(buildings);
    expect(await count(t, 'cluster')).toBe(clusters);

    // only the clash with an existing room: still nothing imported, line 3 named
    const clash = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: {
        fileName: 'clash.csv',
        contentBase64: csv('8,八区,01,8号楼,,1,101,80,住宅,,,', '1,主楼,01,A座写字楼,,12,1201,100,办公,,,'),
      },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.details.rows).toEqual([{ line: 3, message: '物业编码1011011201已存在，房屋已登记' }]);
    expect(await count(t, 'room')).toBe(rooms);
  });

  it('a cluster or building code that exists under another name is a row error, and nothing is imported', async () => {
    const rooms = await count(t, 'room');
    const r = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: { fileName: 'x.csv', contentBase64: csv('3,三期,05,5栋,,1,101,80,住宅,,,', '1,主楼,01,A座,,40,4001,80,办公,,,') },
    });
    expect(r.status).toBe(400);
    expect(r.body.details.rows).toEqual([
      { line: 2, message: '组团编码3已存在，名称是“地下车库”，与表中的“三期”不一致' },
      { line: 3, message: '楼栋1-01已存在，名称是“A座写字楼”，与表中的“A座”不一致' },
    ]);
    expect(await count(t, 'room')).toBe(rooms);
  });

  it('gives the dashboard its counts for one project', async () => {
    const r = await t.req('GET', `/api/v1/projects/${p101}/stats`, { token: zhuguan });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      buildings: await count(t, 'building', 'project_id = ?', [p101]),
      rooms: await count(t, 'room', 'project_id = ? AND archived_at IS NULL', [p101]),
      owners: Number(
        (
          await t.ds.query(
            "SELECT COUNT(DISTINCT person_id) AS n FROM room_binding WHERE project_id = ? AND status = 'approved'",
            [p101],
          )
        )[0].n,
      ),
      pendingBindings: await count(t, 'room_binding', "project_id = ? AND status = 'pending'", [p101]),
    });
    expect(r.body.pendingBindings).toBeGreaterThan(0);
    const p201 = await ids(t).then((i) => i.project('201'));
    expect((await t.req('GET', `/api/v1/projects/${p201}/stats`, { token: zhuguan })).status).toBe(404);
  });

  it("refuses a sheet without the template header, an empty file and another project's import", async () => {
    const noHeader = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: { fileName: 'x.csv', contentBase64: Buffer.from('a,b,c\n1,2,3\n').toString('base64') },
    });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.details.rows[0].message).toMatch(/表头缺少列/);
    const wrongType = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: { fileName: 'x.pdf', contentBase64: 'AAAA' },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/只支持/);
    const p201 = await ids(t).then((i) => i.project('201'));
    const other = await t.req('POST', `/api/v1/projects/${p201}/import`, {
      token: zhuguan,
      body: { fileName: 'x.csv', contentBase64: csv('1,一期,09,9栋,,1,101,80,住宅,,,') },
    });
    expect(other.status).toBe(404);
  });

  it('reads a GBK-encoded CSV as Excel on Chinese Windows saves it', async () => {
    const gbk = Buffer.from(
      // "组团编码,组团名称,楼栋编码,楼栋名称,单元,楼层,房号,建筑面积,用途\r\n9,九区,01,九号楼,,1,101,60,住宅\r\n" in GBK
      'd7e9cdc5b1e0c2eb2cd7e9cdc5c3fbb3c62cc2a5b6b0b1e0c2eb2cc2a5b6b0c3fbb3c62cb5a5d4aa2cc2a5b2e32cb7bfbac52cbda8d6fec3e6bbfd2cd3c3cdbe0d0a392cbec5c7f82c30312cbec5bac5c2a52c2c312c3130312c36302cd7a1d5ac0d0a',
      'hex',
    );
    const r = await t.req('POST', `/api/v1/projects/${p101}/import`, {
      token: zhuguan,
      body: { fileName: 'gbk.csv', contentBase64: gbk.toString('base64') },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(
      (
        await t.ds.query(
          "SELECT b.name AS name FROM room r JOIN building b ON b.id = r.building_id WHERE r.property_code = '1019010101'",
        )
      )[0].name,
    ).toBe('九号楼');
  });

  it('head office creates a project with a 3-digit code; a clerk cannot', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    const ok = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code: '301', name: '瑞和雅苑', kind: 'residential' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ code: '301', roomCount: 0, timezone: 'Asia/Shanghai' });
    const bad = await t.req('POST', '/api/v1/projects', { token: admin, body: { code: '31', name: 'x', kind: 'residential' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('项目编码必须是3位数字');
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    expect(
      (await t.req('POST', '/api/v1/projects', { token: kefu, body: { code: '302', name: 'x', kind: 'residential' } })).status,
    ).toBe(403);
  });

  it('项目管理 lists projects filtered and paged on the server: by code, keyword and kind, each once across pages, only those in scope', async () => {
    const admin = await t.staffToken('admin', 'Admin@123');
    for (const [code, name, kind] of [
      ['611', '翠湖花园', 'residential'],
      ['612', '翠湖商务中心', 'office'],
      ['613', '翠湖名苑', 'residential'],
    ] as const)
      expect((await t.req('POST', '/api/v1/projects', { token: admin, body: { code, name, kind } })).status).toBe(201);
    const everything = (await t.req('GET', '/api/v1/projects', { token: admin })).body as { code: string }[];
    // two at a time to the end: the same projects in the same order as the switcher's list
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await t.req('GET', `/api/v1/projects/list?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      codes.push(...r.body.items.map((p: { code: string }) => p.code));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(codes).toEqual(everything.map((p) => p.code));
    const list = async (q: string) =>
      ((await t.req('GET', `/api/v1/projects/list?${q}`, { token: admin })).body.items as { code: string }[]).map((p) => p.code);
    expect(await list(`keyword=${encodeURIComponent('翠湖')}`)).toEqual(['611', '612', '613']);
    expect(await list(`keyword=${encodeURIComponent('翠湖')}&kind=office`)).toEqual(['612']);
    expect(await list('keyword=61')).toEqual(['611', '612', '613']);
    expect(await list('keyword=%25')).toEqual([]); // a wildcard is a character, not "anything"
    // a clerk sees only the projects of their own scope
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const mine = (await t.req('GET', '/api/v1/projects', { token: kefu })).body as { code: string }[];
    expect((await t.req('GET', '/api/v1/projects/list?limit=100', { token: kefu })).body.items.map((p: { code: string }) => p.code)).toEqual(
      mine.map((p) => p.code),
    );
    expect(mine.map((p) => p.code)).not.toContain('611');
    // bad input is refused in Chinese
    const bad = await t.req('GET', '/api/v1/projects/list?kind=castle', { token: admin });
    expect(bad.status).toBe(400);
    expect((await t.req('GET', '/api/v1/projects/list?cursor=bm9wZQ', { token: admin })).body.message).toContain('翻页游标无效');
  });

  it('serves the import template with the column header', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/v1/import-template',
      headers: { authorization: `Bearer ${zhuguan}` },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/csv/);
    expect(r.body.replace('\ufeff', '').split('\r\n')[0]).toBe(HEADER);
  });
});
