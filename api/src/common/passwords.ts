import bcrypt from 'bcryptjs';

/** A bcrypt hash of a staff password (what `staff.password_hash` keeps). */
export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, 10);
}
