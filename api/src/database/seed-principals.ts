/** Who the demo seed acts as when it goes through the real services: a staff member or an owner, read from the seeded rows. */
import type { DataSource } from 'typeorm';
import { projectScope, type StaffRole } from '@wy/shared';
import type { OwnerPrincipal, StaffPrincipal } from '../common/principal.js';

export function seedPrincipals(ds: DataSource) {
  const one = async (sql: string, params: unknown[]) => (await ds.query(sql, params))[0];
  return {
    one,
    async staff(username: string): Promise<StaffPrincipal> {
      const s = await one('SELECT id, name, roles FROM staff WHERE username = ?', [username]);
      const roles = (typeof s.roles === 'string' ? JSON.parse(s.roles) : s.roles) as StaffRole[];
      const projects = (await ds.query('SELECT project_id AS p FROM staff_project WHERE staff_id = ?', [s.id])).map(
        (r: { p: number }) => Number(r.p),
      );
      return {
        kind: 'staff',
        id: Number(s.id),
        sessionId: 'seed',
        name: s.name,
        username,
        roles,
        scope: projectScope(roles, projects),
      };
    },
    async owner(name: string): Promise<OwnerPrincipal> {
      const p = await one('SELECT id, name FROM person WHERE name = ?', [name]);
      return { kind: 'owner', id: Number(p.id), sessionId: 'seed', name: p.name };
    },
  };
}
