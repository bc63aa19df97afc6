/** R-OWN-06 masking of personal data for roles that do not need the full value. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}

export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  if (id.length <= 8) return id.slice(0, 1) + '*'.repeat(Math.max(0, id.length - 2)) + id.slice(-1);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  if (chars.length === 1) return chars[0]!;
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Mainland mobile number: 11 digits starting with 1[3-9]. */
export function isMobilePhone(v: unknown): v is string {
  return typeof v === 'string' && /^1[3-9]\d{9}$/.test(v);
}

/** Resident ID number: 18 characters with a valid ISO 7064 check digit. */
export function isResidentIdNumber(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{17}[\dXx]$/.test(v)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * weights[i]!;
  return checks[sum % 11] === v[17]!.toUpperCase();
}

/** Chinese licence plate (ordinary and new-energy). */
export function isPlate(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$/.test(
      v,
    )
  );
}

export function normalizePlate(v: string): string {
  return v.replace(/[\s·•-]/g, '').toUpperCase();
}
