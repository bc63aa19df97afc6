import { describe, expect, it } from 'vitest';
import { INVOICE_NUMBER_PATTERN, invoiceRequestProblem } from '../src/invoices.js';

const ok = { titleType: 'personal', title: '张伟', email: 'zw@example.com' };

describe('invoice request header', () => {
  it('a personal title needs a title and an e-mail; a tax number is optional but checked when given', () => {
    expect(invoiceRequestProblem(ok)).toBeNull();
    expect(invoiceRequestProblem({ ...ok, taxNo: '110101199003071234' })).toBeNull();
    expect(invoiceRequestProblem({ ...ok, title: ' ' })).toMatch(/发票抬头/);
    expect(invoiceRequestProblem({ ...ok, email: 'zw@example' })).toMatch(/电子邮箱格式/);
    expect(invoiceRequestProblem({ ...ok, taxNo: 'abc' })).toMatch(/15、18或20位/);
  });
  it('a company title needs a tax number of 15, 18 or 20 upper-case letters or digits', () => {
    const co = { ...ok, titleType: 'company', title: '某公司' };
    expect(invoiceRequestProblem(co)).toMatch(/单位抬头须填写税号/);
    for (const n of ['123456789012345', '91440300MA5F0XXX1K', '12345678901234567890'])
      expect(invoiceRequestProblem({ ...co, taxNo: n })).toBeNull();
    for (const n of ['1234567890123456', '91440300ma5f0xxx1k', '91440300MA5F0XXX1-'])
      expect(invoiceRequestProblem({ ...co, taxNo: n })).toMatch(/税号/);
  });
  it('an unknown title type is refused', () => {
    expect(invoiceRequestProblem({ ...ok, titleType: 'x' })).toMatch(/抬头类型/);
  });
  it('invoice numbers are 8 to 20 digits', () => {
    expect(INVOICE_NUMBER_PATTERN.test('12345678')).toBe(true);
    expect(INVOICE_NUMBER_PATTERN.test('24442000000012345678')).toBe(true);
    expect(INVOICE_NUMBER_PATTERN.test('1234567')).toBe(false);
    expect(INVOICE_NUMBER_PATTERN.test('A2345678')).toBe(false);
  });
});
