import type { EntityManager } from 'typeorm';
import { RepairCategory } from './entities.js';

/** A starting catalogue for a new project (R-REP-02): public-area items free; in-home items paid at the published price. */
export const DEFAULT_REPAIR_CATEGORIES: {
  code: string;
  name: string;
  scope: 'public' | 'in_home';
  paid: boolean;
  priceFen: number | null;
  priceNote: string | null;
}[] = [
  { code: 'PUB-LIGHT', name: '公区照明', scope: 'public', paid: false, priceFen: null, priceNote: null },
  { code: 'PUB-LIFT', name: '电梯故障', scope: 'public', paid: false, priceFen: null, priceNote: null },
  { code: 'PUB-WATER', name: '公区漏水', scope: 'public', paid: false, priceFen: null, priceNote: null },
  { code: 'PUB-DOOR', name: '门禁/单元门', scope: 'public', paid: false, priceFen: null, priceNote: null },
  { code: 'PUB-OTHER', name: '公区其他', scope: 'public', paid: false, priceFen: null, priceNote: null },
  {
    code: 'HOME-TAP',
    name: '水龙头/管道维修',
    scope: 'in_home',
    paid: true,
    priceFen: 3000,
    priceNote: '人工费30元/次，材料另计',
  },
  { code: 'HOME-DRAIN', name: '下水道疏通', scope: 'in_home', paid: true, priceFen: 8000, priceNote: '80元/次' },
  {
    code: 'HOME-ELEC',
    name: '电路/插座维修',
    scope: 'in_home',
    paid: true,
    priceFen: 5000,
    priceNote: '人工费50元/次，材料另计',
  },
  { code: 'HOME-LOCK', name: '门锁维修', scope: 'in_home', paid: true, priceFen: 5000, priceNote: '50元/次起' },
  {
    code: 'HOME-WARRANTY',
    name: '保修期内维修',
    scope: 'in_home',
    paid: false,
    priceFen: null,
    priceNote: '交付两年内房屋质量问题免费',
  },
];

export async function insertDefaultCategories(em: EntityManager, projectId: number): Promise<void> {
  await em
    .getRepository(RepairCategory)
    .insert(DEFAULT_REPAIR_CATEGORIES.map((c, i) => ({ ...c, projectId, sort: i, active: true })));
}
