import type { PayloadOf } from '@shared/api';
import { FORMS, type Form, type PlanDraft, type ScopeKind } from '@shared/consultation/plan';
import { DAY_MS, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared/time';

type PlanInput = PayloadOf<'consultation', 'consultation.createDraft'>['plan'];

/** The editor's fields as the inputs hold them: text, so that nothing typed is ever lost. */
export interface PlanForm {
  categoryId: string;
  title: string;
  background: string;
  forms: Form[];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  host: string;
  scopeKind: ScopeKind | '';
  buildings: string;
  participantsNote: string;
  noticeDays: string;
}

/** A new plan: the meeting two weeks out, 19:00–21:00, enough for any notice period. */
export function emptyForm(now: number): PlanForm {
  const day = toChinaDateTimeParts(now + 14 * DAY_MS).date;
  return {
    categoryId: '',
    title: '',
    background: '',
    forms: [],
    startDate: day,
    startTime: '19:00',
    endDate: day,
    endTime: '21:00',
    place: '',
    host: '',
    scopeKind: '',
    buildings: '',
    participantsNote: '',
    noticeDays: '',
  };
}

export function formFromPlan(plan: PlanDraft, now: number): PlanForm {
  const base = emptyForm(now);
  const start = plan.schedule?.startsAt !== undefined ? toChinaDateTimeParts(plan.schedule.startsAt) : null;
  const end = plan.schedule?.endsAt !== undefined ? toChinaDateTimeParts(plan.schedule.endsAt) : null;
  return {
    categoryId: plan.categoryId,
    title: plan.title,
    background: plan.background ?? '',
    forms: plan.forms ?? [],
    startDate: start?.date ?? base.startDate,
    startTime: start?.time ?? base.startTime,
    endDate: end?.date ?? base.endDate,
    endTime: end?.time ?? base.endTime,
    place: plan.place ?? '',
    host: plan.host ?? '',
    scopeKind: plan.scope?.kind ?? '',
    buildings: plan.scope?.kind === 'owners' ? plan.scope.buildings.join('、') : '',
    participantsNote: plan.participantsNote ?? '',
    noticeDays: plan.noticeDays !== undefined ? String(plan.noticeDays) : '',
  };
}

/** The plan to send, or the first problem the committee member must fix before saving. */
export function planFromForm(f: PlanForm): { plan: PlanInput } | { problem: string } {
  if (!f.categoryId) return { problem: '请先从协商事项目录中选择事项' };
  if (f.title.trim().length < 2) return { problem: '请填写议题标题（至少2个字）' };
  const plan: PlanInput = { title: f.title.trim(), categoryId: f.categoryId };
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  plan.background = text(f.background);
  if (f.forms.length) plan.forms = FORMS.filter((x) => f.forms.includes(x));
  const startsAt = fromChinaDateTimeParts(f.startDate, f.startTime);
  const endsAt = fromChinaDateTimeParts(f.endDate, f.endTime);
  if (Number.isNaN(startsAt) || Number.isNaN(endsAt)) return { problem: '请选择协商的开始和结束时间' };
  if (endsAt <= startsAt) return { problem: '结束时间必须晚于开始时间' };
  plan.schedule = { startsAt, endsAt };
  plan.place = text(f.place);
  plan.host = text(f.host);
  plan.participantsNote = text(f.participantsNote);
  if (f.scopeKind === 'owners') {
    const buildings = f.buildings.split(/[、,，;；\s]+/).filter(Boolean);
    if (buildings.length === 0) return { problem: '请填写涉及的楼栋，例如：2号楼、3号楼' };
    plan.scope = { kind: 'owners', buildings };
  } else if (f.scopeKind) {
    plan.scope = { kind: f.scopeKind };
  }
  if (f.noticeDays.trim() !== '') {
    const days = Number(f.noticeDays);
    if (!Number.isInteger(days) || days < 1 || days > 60) return { problem: '公示天数须为1到60之间的整数' };
    plan.noticeDays = days;
  }
  for (const key of Object.keys(plan) as (keyof PlanInput)[]) if (plan[key] === undefined) delete plan[key];
  return { plan };
}
