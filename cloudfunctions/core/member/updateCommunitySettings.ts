import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { CommunityDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../membership/requireMember';
import { toSettingsView } from './communitySettings';

/** 提醒设置: how many hours before each deadline the community reminds those who have not responded. */
export const updateCommunitySettings: UseCase<'member', 'community.updateSettings'> = async (ctx, { reminders }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { community } = who;
  const version = community.settingsVersion;
  const changed = await ctx.store.update(
    'communities',
    { _id: community._id, settingsVersion: version },
    { set: { 'settings.reminders': reminders, settingsVersion: version + 1 } },
  );
  if (changed === 0) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: 'community.updateSettings',
    entity: 'community',
    entityId: `${community._id}:settings`,
    before: { status: 'settings', version },
    after: { status: 'settings', version: version + 1 },
    note: `提醒：会议前${reminders.meeting}小时，表决截止前${reminders.vote}小时，公示结束前${reminders.objection}小时（0为不提醒）`,
  });
  return toSettingsView((await ctx.store.get<CommunityDoc>('communities', community._id))!);
};
