/** Documents of membership: the community, its members, units and owners, the register, invite codes. */
import type {
  Address,
  Birth,
  CommunityKind,
  MemberLimits,
  MemberStatus,
  PetitionSettings,
  RegisterField,
  RegisterStatus,
  ReminderSettings,
  RepresentativesSetting,
  Role,
  Tenure,
} from '@shared';
import type { Counted } from './common';
import type { FeedRead } from './notify';

/** `committeeCount` is kept on it: marked while a request moves it (counting/marks.ts). */
export interface CommunityDoc extends Counted {
  _id: string;
  name: string;
  kind: CommunityKind;
  /** 街道 / 乡镇 this community belongs to, by name, as it was created. */
  parentName?: string;
  /** That 街道 / 乡镇's record, once there is one (`npm run admin -- street:create`): its staff see this community. */
  streetId?: string;
  /** The community's own rules: notice period; how many electors one proxy may represent (委托). */
  settings: {
    defaultNoticeDays: number;
    proxyLimit?: number;
    objectionDays?: number;
    evaluationDays?: number;
    /** Hours before each deadline to remind those who have not responded (defaults: DEFAULT_REMINDERS). */
    reminders?: ReminderSettings;
    /** Days the committee has to answer a suggestion, and the legal shares of proposers (defaults by kind). */
    suggestions?: { answerDays: number; petition: PetitionSettings };
    /** 居民代表会议's thresholds, when the committee set its own (DEFAULT_RESIDENT_REPRESENTATIVES otherwise). */
    residentRepresentatives?: RepresentativesSetting;
    /** What one member may send, where the committee set its own (MEMBER_LIMITS otherwise). */
    limits?: MemberLimits;
  };
  /** Bumped on every settings change, so two committee members saving at once cannot both win. */
  settingsVersion: number;
  /** How this committee's register workbook names the columns the import does not know (mapped once). */
  rosterHeaderMap?: Record<string, RegisterField>;
  /** The standing code residents join with (also in `invites`), shown to the committee to share. */
  inviteCode: string;
  /**
   * Active committee members, kept with atomic increments; taking the last seat is refused by a
   * guarded decrement, so two members demoting each other at once cannot leave the community without one.
   */
  committeeCount: number;
  /** Which counting of the register its households' marks follow (register/population.ts); absent until first counted. */
  registerCounting?: number;
  createdAt: number;
}

/**
 * One person's membership of one community. The id is derived from the openid, so a person has
 * one membership document whatever they do; a rejected or removed person asking again reuses it.
 */
export interface MemberDoc {
  _id: string;
  /** Replaced by a tombstone value when the member deletes their data. */
  openid: string;
  communityId: string;
  name: string;
  role: Role;
  status: MemberStatus;
  /** Bumped on every change, so two committee members acting at once cannot both win. */
  version: number;
  /** Where they say they live, as they typed it. */
  address: Address;
  tenure: Tenure;
  /** The registered unit they live in: their household (户). */
  unitId?: string;
  /** The owner record they cast the vote of, under the owners' rules. */
  ownerId?: string;
  /**
   * What the register (名册) says of them, copied when they are linked to their entry and kept in
   * step with it, so whether they are in a group's or a collective's scope needs no second read.
   */
  register?: RegisterFacts;
  requestedAt: number;
  joinedAt?: number;
  /** 长辈模式 as they last chose it; absent until they choose (a phone then follows its own setting). */
  care?: boolean;
  /** How far they have read 我的 → 消息: everything up to `at`, and the items named in `ids` after it. */
  feedRead?: FeedRead;
  decidedBy?: string;
  rejectReason?: string;
  removeReason?: string;
}

/** A 专有部分 (flat) in a 社区, or a household in a 村. */
export interface UnitDoc {
  _id: string;
  communityId: string;
  /** 楼栋, or 村民小组. */
  building: string;
  /** 单元; empty in villages. */
  unit: string;
  /** 房号, or 户号. */
  room: string;
  /** Registered area in hundredths of m² (RULES.md: never compare floats); null where none is registered. */
  areaHundredths: number | null;
  /** Its owner record; none while the owner is unknown. */
  ownerId?: string;
}

/**
 * An owner as the owners' rules count them (RULES.md): a buyer of several units is one owner;
 * the developer's unsold units together are one; co-owners of a unit are one, voting through
 * one designated member.
 */
export interface OwnerDoc {
  _id: string;
  communityId: string;
  kind: 'person' | 'developer' | 'co_owners';
  name: string;
  /** Only to match a joining resident to the 房屋台账; never shown. */
  phoneLast4?: string;
  /** The member who casts this owner's vote; null until one is approved (a guarded update claims it). */
  voterMemberId: string | null;
}

/**
 * One person of the register (居民／村民名册), app user or not: a statutory vote counts them all.
 * Kept when they leave (迁出／死亡), marked with the date, so every record that names them stands.
 * Fields after `memberId` were added with the register; entries imported before it lack them.
 */
export interface RosterEntryDoc {
  _id: string;
  communityId: string;
  name: string;
  address: Address;
  tenure: Tenure;
  representative: boolean;
  phoneLast4?: string;
  /** The member this entry was matched to on approval. */
  memberId?: string;
  /** The 户 they belong to: from its 户号, or its address (never a name alone). */
  householdKey?: string;
  /** 户代表: who casts the household's vote in household form (any adult of it may). */
  householdRep?: boolean;
  relation?: string;
  birth?: Birth;
  /** 居民小组／村民小组 */
  group?: string;
  collectiveMember?: boolean;
  collectiveRepresentative?: boolean;
  status?: RegisterStatus;
  /** The day they moved out or died, YYYY-MM-DD. */
  leftOn?: string;
  /** Pinyin initials of the name (wxy), for finding an elder by typing on a phone. */
  initials?: string;
  version?: number;
  /**
   * On the one person of the household on the register now who comes of age first: that day
   * (20261121), so a count finds the households with an adult on any day (register/population.ts).
   */
  householdAdultFrom?: number;
  /**
   * Written with a change to this entry and taken off once its households are marked again: the
   * households (户 keys) whose marks it may have moved, and when. Left on, a request died in
   * between, and the scheduler marks them again (register/settleHouseholds.ts).
   */
  unsettled?: { households: string[]; at: number };
}

/** The register facts a scope asks about. */
export interface RegisterFacts {
  entryId: string;
  group?: string;
  representative: boolean;
  collectiveMember: boolean;
  collectiveRepresentative: boolean;
}

/** A code to join a community with: the standing resident code, or a one-time committee code. */
export interface InviteDoc {
  _id: string;
  communityId: string;
  kind: 'resident' | 'committee';
  oneTime: boolean;
  /** Who used a one-time code; null while unused (a guarded update claims it). */
  usedBy: string | null;
  usedAt?: number;
  createdAt: number;
}
