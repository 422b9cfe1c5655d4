/** Views of the account function: the caller's own membership (我的), their feed and their subscriptions. */
import type { MemberStatus, Tenure } from '../../member/member';
import type { Role } from '../../member/roles';
import type { FeedKind, TemplateKey } from '../../notify/notify';
import type { CommunityView, UnitView } from './common';

interface MemberView {
  id: string;
  name: string;
  role: Role;
  roleLabel: string;
  verified: boolean;
}

/** All the caller's own membership data: what 我的 shows, and what they may delete. */
export interface MyMembershipView extends MemberView {
  status: MemberStatus;
  statusLabel: string;
  /** As the member gave it when joining. */
  address: string;
  tenure: Tenure;
  tenureLabel: string;
  /** The units the member votes for as an owner. */
  units: UnitView[];
  requestedAt: number;
  joinedAt?: number;
  /** Why the committee refused the request, or removed the member. */
  reason?: string;
  /** 长辈模式 as the member last chose it, on any device; absent until they choose. */
  care?: boolean;
}

export interface CommitteeDeskView {
  /** The community's standing invite code, to print or share as a QR code. */
  inviteCode: string;
  pendingCount: number;
  /** Opinions across the community still waiting for the committee's reply. */
  unansweredOpinions: number;
  /** Matters the 街道／乡镇 commissioned, still waiting for the committee's report. */
  commissions: number;
}

export interface MeView {
  /** Null when the caller has not asked to join any community. */
  member: MyMembershipView | null;
  community: CommunityView | null;
  /** Present for committee members. */
  committee?: CommitteeDeskView;
  /** Opinions a committee member entered for me, waiting for me to confirm or dispute. */
  awaitingMyConfirmation: number;
  /** Unread items in 我的 → 消息 (the tab's badge). */
  unread: number;
  /** Present for 街道／乡镇 staff: where the 街道工作台 is theirs. */
  staff?: { streetName: string; roleLabel: string };
}

export interface FeedItemView {
  id: string;
  kind: FeedKind;
  kindLabel: string;
  /** Absent for news about one's membership (an approved application). */
  consultationId?: string;
  /** News about a suggestion opens it. */
  suggestionId?: string;
  title: string;
  body: string;
  at: number;
  read: boolean;
}

export interface FeedView {
  items: FeedItemView[];
  unread: number;
  page: number;
  hasMore: boolean;
}

/** The subscription templates the client may ask a member to accept (WeChat: at most three per prompt). */
export interface SubscriptionTemplatesView {
  templates: { key: TemplateKey; id: string; title: string }[];
}

/** How many one-time messages of each template the member has left. */
export interface SubscriptionGrantsView {
  grants: { key: TemplateKey; title: string; remaining: number }[];
}
