/** Views several contexts share: the community, a unit, a photo, an attachment. */
import type { DocumentType } from '../../files/documents';
import type { CommunityKind } from '../../member/roles';

export interface CommunityView {
  id: string;
  name: string;
  kind: CommunityKind;
  kindLabel: string;
}

/** A unit as its owner or the committee sees it. */
export interface UnitView {
  id: string;
  label: string;
  area: string;
}

export interface PhotoView {
  id: string;
  /** A URL the client can show now (temporary in production). */
  url: string;
}

/** 附件: a document residents open — on a phone by its file id, in a browser by its URL. */
export interface AttachmentView {
  /** The storage file id. */
  id: string;
  name: string;
  type: DocumentType;
  /** PDF, Word, Excel or 图片. */
  typeLabel: string;
  size: number;
  /** e.g. 1.2 MB */
  sizeLabel: string;
  /** A URL that opens or downloads it under its name (temporary in production). */
  url: string;
}
