import type { CommunityDoc, MemberDoc } from '../../docs';
import { direct } from './event';

/** 审核通过: the applicant hears they are in. */
export const applicationApproved = direct({
  kind: 'approved',
  label: '入会审核',
  template: 'account',
  audience: ({ member }: { member: MemberDoc; community: CommunityDoc }) => [member._id],
  says: ({ member, community }, now) => ({
    key: `${member._id}:approved:${member.version}`,
    communityId: community._id,
    title: `入会申请已通过`,
    body: `您已成为${community.name}的认证成员，可以参加协商、发表意见和投票。`,
    fields: { title: community.name, status: '已通过', time: now, note: '可以参加协商和投票了' },
    page: 'pages/index/index',
  }),
});
