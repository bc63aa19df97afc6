/**
 * Demo invoice requests (开票申请) through the real actions: 瑞和花园's 黄勇 had an invoice issued for two paid
 * months, and 赵敏 asks for a company invoice that waits for finance — so the console's queue is not empty.
 * 张伟's paid month in 瑞和丰收大厦 is left for trying the request in the H5.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../infra/tokens.js';
import { IssueInvoice } from '../modules/invoices/actions/issue-invoice.js';
import { RequestInvoice } from '../modules/invoices/actions/request-invoice.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoInvoices(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const { staff, owner } = seedPrincipals(ds);
  const ask = app.get(RequestInvoice);
  const paidOf = async (propertyCode: string) =>
    (
      (await ds.query(
        `SELECT b.id FROM bill b JOIN room r ON r.id = b.room_id
          WHERE r.property_code = ? AND b.status = 'paid' ORDER BY b.period, b.id`,
        [propertyCode],
      )) as { id: number }[]
    ).map((b) => Number(b.id));

  const huang = await owner('黄勇');
  const issued = await ask.run(huang, {
    billIds: (await paidOf('2011010502')).slice(0, 2),
    titleType: 'personal',
    title: '黄勇',
    email: 'huangyong@example.com',
  });
  await app.get(IssueInvoice).run(await staff('caiwu'), issued.id, { invoiceNo: '26442000000000012345' });

  await ask.run(await owner('赵敏'), {
    billIds: await paidOf('2011021804'),
    titleType: 'company',
    title: '深圳市敏行贸易有限公司',
    taxNo: '91440300MA5G8K2X3P',
    email: 'caiwu@minxing.example.com',
  });
}
