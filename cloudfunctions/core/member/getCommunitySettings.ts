import {
  memberLimitsOf,
  DEFAULT_RESIDENT_REPRESENTATIVES,
  DEFAULT_EVALUATION_DAYS,
  DEFAULT_OBJECTION_DAYS,
  DEFAULT_REMINDERS,
  type CommunitySettingsView,
} from '@shared';
import { toCommunityView } from '../communityView';
import type { CommunityDoc } from '../docs';
import { suggestionSettingsOf } from '../suggestion/settings';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';

export function toSettingsView(c: CommunityDoc): CommunitySettingsView {
  return {
    community: toCommunityView(c),
    reminders: { ...DEFAULT_REMINDERS, ...c.settings.reminders },
    suggestions: suggestionSettingsOf(c),
    objectionDays: c.settings.objectionDays ?? DEFAULT_OBJECTION_DAYS,
    evaluationDays: c.settings.evaluationDays ?? DEFAULT_EVALUATION_DAYS,
    defaultNoticeDays: c.settings.defaultNoticeDays,
    limits: memberLimitsOf(c.settings.limits),
    ...(c.kind === 'community' ? { residentRepresentatives: c.settings.residentRepresentatives ?? DEFAULT_RESIDENT_REPRESENTATIVES } : {}),
  };
}

/** 社区设置 as the committee sees them. */
export const getCommunitySettings: UseCase<'member', 'community.settings'> = async (ctx) =>
  toSettingsView((await requireMember(ctx, COMMITTEE_ONLY)).community);
