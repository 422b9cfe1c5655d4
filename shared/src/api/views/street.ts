import type { CommunityKind } from '../../member/roles';
import type { StaffRole, StreetKind } from '../../street/street';

/** A 街道／乡镇 as its staff see it named. */
interface StreetView {
  id: string;
  name: string;
  kind: StreetKind;
  kindLabel: string;
}

/** The caller's own place on a street's staff. */
interface StaffView {
  name: string;
  role: StaffRole;
  roleLabel: string;
  /** Officers act; 民政／督查 readers only read: the screens offer writes from this flag alone. */
  mayAct: boolean;
}

/** One community under the street, as its staff see it: public facts only, never its register. */
export interface StreetCommunityView {
  id: string;
  name: string;
  kind: CommunityKind;
  kindLabel: string;
}

/** 街道工作台: the street, my role, the communities under it. */
export interface StreetHomeView {
  street: StreetView;
  me: StaffView;
  communities: StreetCommunityView[];
}
