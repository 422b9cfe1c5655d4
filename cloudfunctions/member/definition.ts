import { communitySettings } from '../core/member/communitySettings';
import { updateCommunitySettings } from '../core/member/updateCommunitySettings';
import { approve } from '../core/member/approve';
import { changeRole } from '../core/member/changeRole';
import { importRoster } from '../core/member/importRoster';
import { join } from '../core/member/join';
import { listMembers } from '../core/member/listMembers';
import { lookupInvite } from '../core/member/lookupInvite';
import { reject } from '../core/member/reject';
import { remove } from '../core/member/remove';
import { defineFunction } from '../core/functionKit';
import { getPerson } from '../core/register/getPerson';
import { listRegister } from '../core/register/listRegister';
import { markLeft } from '../core/register/markLeft';
import { registerSummary } from '../core/register/registerSummary';
import { savePerson } from '../core/register/savePerson';

export const memberFunction = defineFunction('member', {
  'invite.lookup': lookupInvite,
  'member.join': join,
  'member.list': listMembers,
  'member.approve': approve,
  'member.reject': reject,
  'member.changeRole': changeRole,
  'member.remove': remove,
  'member.importRoster': importRoster,
  'register.list': listRegister,
  'register.summary': registerSummary,
  'register.get': getPerson,
  'register.save': savePerson,
  'register.markLeft': markLeft,
  'community.settings': communitySettings,
  'community.updateSettings': updateCommunitySettings,
});
