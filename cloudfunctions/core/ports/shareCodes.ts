/**
 * The share-code port: an image that opens a consultation when scanned. Production asks WeChat for
 * a mini-program code (`wxacode.getUnlimited`); the embedded default draws a QR code of the H5 page.
 */
export interface ShareCode {
  kind: 'wxacode' | 'qrcode';
  /** Something an <Image> shows: a data URL or an https URL. */
  image: string;
  /** What scanning it opens: the H5 URL, or the mini-program page and scene. */
  target: string;
}

export interface ShareCodes {
  forConsultation(consultationId: string, communityId: string): Promise<ShareCode>;
}
