import type { RefinedCategory } from '../../catalogue';
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

/** One change to the street's 协商事项目录, as its history lists it. */
interface CatalogueChangeView {
  version: number;
  at: number;
  byName: string;
  /** 新增事项／停用事项／本街道说明 */
  kindLabel: string;
  itemName: string;
  note?: string;
}

/** 协商事项目录 on the street's page: every item (retired ones marked), its version and its history. */
export interface StreetCatalogueView {
  streetName: string;
  /** 0 until the first change (the static catalogue). */
  version: number;
  versionLabel: string;
  /** Officers change it; 民政／督查 readers read it. */
  mayAct: boolean;
  categories: RefinedCategory[];
  /** Newest first. */
  history: CatalogueChangeView[];
}

/** The refined catalogue as an .xlsx for 备案. */
export interface CatalogueExportView {
  fileId: string;
  url: string;
  fileName: string;
  rows: number;
}
