/**
 * The tier above the community: a 街道 (urban) or 乡镇 (rural) groups communities, runs matters
 * that span several of them, commissions matters down and oversees their consultation work.
 */
export const STREET_KINDS = ['street', 'township'] as const;
export type StreetKind = (typeof STREET_KINDS)[number];
export const STREET_KIND_LABELS: Record<StreetKind, string> = { street: '街道', township: '乡镇' };

/**
 * Its staff, in two roles: officers act (run cross-community matters, commission, follow up);
 * 民政／督查 readers see the same records and figures and may change nothing.
 */
export const STAFF_ROLES = ['officer', 'inspector'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const STAFF_ROLE_LABELS: Record<StreetKind, Record<StaffRole, string>> = {
  street: { officer: '街道工作人员', inspector: '民政／督查（只读）' },
  township: { officer: '乡镇工作人员', inspector: '民政／督查（只读）' },
};

export function staffRoleLabel(role: StaffRole, kind: StreetKind): string {
  return STAFF_ROLE_LABELS[kind][role];
}
