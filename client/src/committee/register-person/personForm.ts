import type { PayloadOf } from '@shared/api';
import type { RegisterPersonView } from '@shared/api/views';
import type { Birth } from '@shared/member/register';
import type { CommunityKind } from '@shared/member/roles';
import type { ApiError } from '../../api';

type PersonInput = PayloadOf<'member', 'register.save'>['person'];

/** The form as typed: every box a string, so a half-typed date or number is never lost or reshaped. */
export interface PersonForm {
  name: string;
  building: string;
  unit: string;
  room: string;
  group: string;
  year: string;
  month: string;
  day: string;
  phoneLast4: string;
  householdRep: boolean;
  representative: boolean;
  collectiveMember: boolean;
  collectiveRepresentative: boolean;
}

export type Flag = 'householdRep' | 'representative' | 'collectiveMember' | 'collectiveRepresentative';

/** The boxes a problem can be shown under; anything else is said under the 保存 button. */
const FORM_FIELDS = ['name', 'building', 'unit', 'room', 'group', 'birth', 'phoneLast4'] as const;
type FormField = (typeof FORM_FIELDS)[number];
export type FieldErrors = Partial<Record<FormField, string>>;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function formOf(p: RegisterPersonView | undefined, kind: CommunityKind): PersonForm {
  return {
    name: p?.name ?? '',
    building: p?.address.building ?? '',
    unit: p?.address.unit ?? '',
    room: p?.address.room ?? '',
    group: p?.group ?? '',
    year: text(p?.birth?.year),
    month: text(p?.birth?.month),
    day: text(p?.birth?.day),
    phoneLast4: p?.phoneLast4 ?? '',
    householdRep: p?.householdRep ?? false,
    representative: p?.representative ?? false,
    // A villager is a member of the collective unless the committee says otherwise.
    collectiveMember: p?.collectiveMember ?? kind === 'village',
    collectiveRepresentative: p?.collectiveRepresentative ?? false,
  };
}

/** The date of birth as far as it is typed: a year, a year and month, or all three; none at all is allowed. */
function birthOf(f: PersonForm): Birth | undefined | { problem: string } {
  const [year, month, day] = [f.year, f.month, f.day].map((s) => (s.trim() ? Number(s.trim()) : undefined));
  if (year === undefined && month === undefined && day === undefined) return undefined;
  if ([year, month, day].some((n) => n !== undefined && !Number.isInteger(n))) return { problem: '出生日期请填写数字' };
  if (year === undefined) return { problem: '请填写出生年份（只知道年份的，月、日可以不填）' };
  if (day !== undefined && month === undefined) return { problem: '填写了日，请同时填写月份' };
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/**
 * What register.save is sent, or the box whose number cannot be read. The server checks the rest
 * and its message lands under the box it names (fieldErrorsOf). In a 村 the 村民小组 is both the
 * address and the group, as the import reads a village register; the 户号 the register holds is
 * sent back as it is, so correcting a name never moves the person to another household.
 */
export function inputOf(f: PersonForm, kind: CommunityKind, householdNo: string | undefined): { person: PersonInput } | { errors: FieldErrors } {
  const birth = birthOf(f);
  if (birth && 'problem' in birth) return { errors: { birth: birth.problem } };
  const group = kind === 'village' ? f.building.trim() : f.group.trim();
  return {
    person: {
      name: f.name,
      address: { building: f.building, unit: kind === 'village' ? '' : f.unit, room: f.room },
      ...(birth ? { birth } : {}),
      ...(group ? { group } : {}),
      ...(householdNo ? { householdNo } : {}),
      householdRep: f.householdRep,
      representative: f.representative,
      collectiveMember: f.collectiveMember,
      collectiveRepresentative: f.collectiveRepresentative,
      ...(f.phoneLast4.trim() ? { phoneLast4: f.phoneLast4.trim() } : {}),
    },
  };
}

/**
 * The server's INVALID_INPUT lists each problem as `person.address.room: 请填写房号或户号`: each
 * goes under its own box, the first one for a box winning.
 */
export function fieldErrorsOf(e: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  if (e.code !== 'INVALID_INPUT') return errors;
  for (const detail of e.details ?? []) {
    const found = /^person\.(?:address\.)?(\w+)[^:]*: (.+)$/.exec(detail);
    const field = FORM_FIELDS.find((f) => f === found?.[1]);
    if (field && found) errors[field] ??= found[2];
  }
  return errors;
}
