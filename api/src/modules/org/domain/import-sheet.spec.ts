import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, importTemplateCsv, parseCsv, planImport } from './import-sheet.js';

const header = [...IMPORT_COLUMNS];
const row = (o: Partial<Record<(typeof IMPORT_COLUMNS)[number], string | number | Date>>) => header.map((h) => o[h] ?? '');

describe('room import sheet', () => {
  it('R-ORG-02 plans clusters, buildings and rooms with their property codes', () => {
    const r = planImport(
      [
        header,
        row({ 组团编码: 1, 组团名称: '一期', 楼栋编码: 1, 楼栋名称: '1栋', 楼层: 3, 房号: 301, 建筑面积: '89.25', 用途: '住宅' }),
      ],
      '201',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.rooms[0]).toMatchObject({ propertyCode: '2011010301', area: 8925, use: 'residential', floor: 3 });
    expect([...r.plan.buildings.values()][0]).toMatchObject({ code: '01', name: '1栋', maxFloor: 3 });
  });

  it('R-ORG-02 reports a room number too long for the code and a room repeated in the file, by line', () => {
    const r = planImport(
      [
        header,
        row({ 组团编码: 1, 楼栋编码: 1, 楼栋名称: '1栋', 房号: 12345, 建筑面积: 80, 用途: '住宅' }),
        row({ 组团编码: 1, 楼栋编码: 1, 楼栋名称: '1栋', 房号: 101, 建筑面积: 80, 用途: '住宅' }),
        row({ 组团编码: 1, 楼栋编码: 1, 楼栋名称: '1栋', 房号: '0101', 建筑面积: 80, 用途: '住宅' }),
        row({ 组团编码: 1, 楼栋编码: 1, 楼栋名称: '2栋', 房号: 102, 建筑面积: 80, 用途: '住宅' }),
      ],
      '201',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { line: 2, message: '房号不能超过4位' },
      { line: 4, message: '房号重复：物业编码2011010101已在第3行出现' },
      { line: 5, message: '楼栋1-01的名称“2栋”与第3行的“1栋”不一致' },
    ]);
  });

  it('skips blank lines but refuses an empty sheet', () => {
    expect(planImport([header, ['', '', '']], '101')).toEqual({
      ok: false,
      problems: [{ line: 2, message: '文件中没有数据行' }],
    });
  });

  it('parses quoted CSV cells, doubled quotes and CRLF, and reads its own template', () => {
    expect(parseCsv(Buffer.from('a,"b,c","d""e"\r\n1,2,3'))).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ]);
    const rows = parseCsv(Buffer.from(importTemplateCsv()));
    expect(rows[0]).toEqual(header);
    expect(planImport(rows, '101').ok).toBe(true);
  });
});
