import { getCommunitySettings } from '../core/member/getCommunitySettings';
import { updateCommunitySettings } from '../core/member/updateCommunitySettings';
import { approveMember } from '../core/member/approveMember';
import { changeRole } from '../core/member/changeRole';
import { importRoster } from '../core/member/importRoster';
import { joinCommunity } from '../core/member/joinCommunity';
import { listMembers } from '../core/member/listMembers';
import { lookupInvite } from '../core/member/lookupInvite';
import { rejectMember } from '../core/member/rejectMember';
import { removeMember } from '../core/member/removeMember';
import { defineFunction } from '../core/functionKit';
import { getPerson } from '../core/register/getPerson';
import { listRegister } from '../core/register/listRegister';
import { markPersonLeft } from '../core/register/markPersonLeft';
import { getRegisterSummary } from '../core/register/getRegisterSummary';
import { savePerson } from '../core/register/savePerson';

export const memberFunction = defineFunction('member', {
  'invite.lookup': lookupInvite,
  'member.join': joinCommunity,
  'member.list': listMembers,
  'member.approve': approveMember,
  'member.reject': rejectMember,
  'member.changeRole': changeRole,
  'member.remove': removeMember,
  'member.importRoster': importRoster,
  'register.list': listRegister,
  'register.summary': getRegisterSummary,
  'register.get': getPerson,
  'register.save': savePerson,
  'register.markLeft': markPersonLeft,
  'community.settings': getCommunitySettings,
  'community.updateSettings': updateCommunitySettings,
});
