import { describe, expect, it } from 'vitest';
import {
  can,
  canMoveBinding,
  checkCodePart,
  decodeCursor,
  encodeCursor,
  encodePropertyCode,
  formatArea,
  formatPropertyCode,
  formatYuan,
  fenToYuanString,
  inScope,
  isMobilePhone,
  isPlate,
  isResidentIdNumber,
  isValidPropertyCode,
  maskIdNumber,
  maskName,
  maskPhone,
  mayGrantRole,
  mayRevealPersonalData,
  mayReviewBinding,
  multiplyFen,
  normalizePlate,
  padCodePart,
  parseArea,
  parsePropertyCode,
  parseYuan,
  projectScope,
  roomUseFromLabel,
  roundFen,
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
  sumFen,
} from '../src/index.js';

describe('property codes', () => {
  it('R-ORG-01 the hierarchy widths are project 3, cluster 1, building 2, room 4 digits', () => {
    expect(checkCodePart('project', '101')).toBeNull();
    expect(checkCodePart('project', '1011')).toBe('项目编码必须是3位数字');
    expect(checkCodePart('cluster', '12')).toBe('组团编码必须是1位数字');
    expect(checkCodePart('building', '7')).toBe('楼栋编码必须是2位数字');
    expect(checkCodePart('room', '12a3')).toBe('房号只能是数字');
    expect(checkCodePart('room', '')).toBe('房号不能为空');
  });

  it('R-ORG-02 encodes the 10-digit property code and parses it back', () => {
    const code = encodePropertyCode({ project: '101', cluster: '1', building: '01', room: '1203' });
    expect(code).toBe('1011011203');
    expect(isValidPropertyCode(code)).toBe(true);
    expect(parsePropertyCode(code)).toEqual({ project: '101', cluster: '1', building: '01', room: '1203' });
    expect(formatPropertyCode(code)).toBe('101-1-01-1203');
  });

  it('R-ORG-02 refuses codes of the wrong length or with letters', () => {
    expect(() => encodePropertyCode({ project: '11', cluster: '1', building: '01', room: '1203' })).toThrow(
      '项目编码必须是3位数字',
    );
    expect(() => parsePropertyCode('101101120')).toThrow('物业编码必须是10位数字');
    expect(isValidPropertyCode('10110112O3')).toBe(false);
    expect(isValidPropertyCode(1011011203)).toBe(false);
  });

  it('R-ORG-02 pads numeric parts that a spreadsheet stripped of leading zeros, and refuses ones that are too long', () => {
    expect(padCodePart('building', 7)).toBe('07');
    expect(padCodePart('room', '101')).toBe('0101');
    expect(() => padCodePart('building', '123')).toThrow('楼栋编码不能超过2位');
    expect(() => padCodePart('room', '1-01')).toThrow('房号只能是数字');
  });
});

describe('staff roles and scope', () => {
  it('R-ORG-03 every role of the service manual exists with a Chinese label', () => {
    expect(STAFF_ROLES).toHaveLength(12);
    expect(STAFF_ROLE_LABELS.project_manager).toBe('管理处经理');
    expect(STAFF_ROLE_LABELS.cs_supervisor).toBe('客服主管');
    expect(STAFF_ROLE_LABELS.technician).toBe('技工');
    expect(STAFF_ROLE_LABELS.head_office).toBe('公司总部');
  });

  it('R-ORG-03 staff see only assigned projects; head office sees all; no role or no assignment sees nothing', () => {
    expect(projectScope(['service_clerk'], [1, 2, 2])).toEqual([1, 2]);
    expect(projectScope(['head_office'], [])).toBe('all');
    expect(projectScope([], [1])).toEqual([]);
    expect(projectScope(['technician'], [])).toEqual([]);
    expect(inScope([1, 2], 3)).toBe(false);
    expect(inScope('all', 3)).toBe(true);
    expect(inScope([], 1)).toBe(false);
  });

  it('R-ORG-03 permissions follow the role: a technician cannot manage staff, a manager cannot grant head office', () => {
    expect(can(['technician'], 'people.read')).toBe(false);
    expect(can(['service_clerk'], 'binding.review')).toBe(true);
    expect(can(['project_manager'], 'staff.manage')).toBe(true);
    expect(can(['service_clerk'], 'people.archive')).toBe(false);
    expect(mayGrantRole(['project_manager'], 'technician')).toBe(true);
    expect(mayGrantRole(['project_manager'], 'head_office')).toBe(false);
    expect(mayGrantRole(['project_manager'], 'project_manager')).toBe(false);
    expect(mayGrantRole(['service_clerk'], 'technician')).toBe(false);
  });
});

describe('occupants and bindings', () => {
  it("R-ORG-04 an owner's binding is confirmed by the centre only; a member's or tenant's by the owner or the centre", () => {
    expect(mayReviewBinding('owner', 'centre')).toBe(true);
    expect(mayReviewBinding('owner', 'room_owner')).toBe(false);
    expect(mayReviewBinding('member', 'room_owner')).toBe(true);
    expect(mayReviewBinding('tenant', 'room_owner')).toBe(true);
    expect(mayReviewBinding('tenant', 'centre')).toBe(true);
  });

  it('R-ORG-04 a binding moves pending → approved/rejected, approved → revoked, and nothing else', () => {
    expect(canMoveBinding('pending', 'approved')).toBe(true);
    expect(canMoveBinding('pending', 'rejected')).toBe(true);
    expect(canMoveBinding('approved', 'revoked')).toBe(true);
    expect(canMoveBinding('approved', 'rejected')).toBe(false);
    expect(canMoveBinding('rejected', 'approved')).toBe(false);
    expect(canMoveBinding('revoked', 'approved')).toBe(false);
  });
});

describe('personal data', () => {
  it('R-OWN-06 masks phone numbers, ID numbers and names for roles that do not need them', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskIdNumber('440307198503124512')).toBe('4403**********4512');
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPhone(null)).toBeNull();
  });

  it('R-OWN-06 only customer-service, managers, finance and head office may reveal full personal data', () => {
    expect(mayRevealPersonalData(['service_clerk'])).toBe(true);
    expect(mayRevealPersonalData(['finance'])).toBe(true);
    expect(mayRevealPersonalData(['technician'])).toBe(false);
    expect(mayRevealPersonalData(['quality_supervisor'])).toBe(false);
  });

  it('R-OWN-01 validates the phone, the resident ID check digit and the licence plate', () => {
    expect(isMobilePhone('13800000001')).toBe(true);
    expect(isMobilePhone('12800000001')).toBe(false);
    expect(isMobilePhone('1380000000')).toBe(false);
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isPlate('粤B12345')).toBe(true);
    expect(isPlate('粤BD12345')).toBe(true);
    expect(isPlate('粤B1234')).toBe(false);
    expect(isPlate('AB12345')).toBe(false);
    expect(normalizePlate('粤b·123 45')).toBe('粤B12345');
  });
});

describe('money and areas', () => {
  it('keeps money in integer fen and formats yuan only at the edge', () => {
    expect(fenToYuanString(12345)).toBe('123.45');
    expect(fenToYuanString(-5)).toBe('-0.05');
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
    expect(parseYuan('12.3')).toBe(1230);
    expect(parseYuan('¥1,000')).toBe(100000);
    expect(() => parseYuan('1.234')).toThrow('最多两位小数');
    expect(() => fenToYuanString(1.5)).toThrow('整数分');
  });

  it('rounds half away from zero once, on the product of price and quantity', () => {
    expect(roundFen(2.5)).toBe(3);
    expect(roundFen(-2.5)).toBe(-3);
    expect(multiplyFen(250, 8925)).toBe(22313); // ¥2.50/m² × 89.25 m² = ¥223.125 → ¥223.13
    expect(sumFen([1, 2, 3])).toBe(6);
  });

  it('keeps areas in hundredths of a square metre', () => {
    expect(parseArea('89.25')).toBe(8925);
    expect(parseArea('89.5')).toBe(8950);
    expect(parseArea(120)).toBe(12000);
    expect(formatArea(8925)).toBe('89.25');
    expect(() => parseArea('abc')).toThrow();
    expect(roomUseFromLabel('商铺')).toBe('retail');
    expect(roomUseFromLabel('office')).toBe('office');
    expect(roomUseFromLabel('城堡')).toBeUndefined();
  });

  it('round-trips keyset cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor([42, '张']))).toEqual([42, '张']);
    expect(decodeCursor('%%%')).toBeNull();
    expect(decodeCursor(encodeCursor([1]).slice(0, 2))).toBeNull();
  });
});
