import QRCode from 'qrcode';
import type { ShareCode, ShareCodes } from '../ports/shareCodes';

/**
 * The embedded default's codes: a QR code of the H5 consultation page, since there is no
 * mini-program to open outside WeChat. `baseUrl` is where the local host serves the app.
 */
export class QrShareCodes implements ShareCodes {
  constructor(private readonly baseUrl: () => string) {}

  async forConsultation(consultationId: string, communityId: string): Promise<ShareCode> {
    const query = `id=${encodeURIComponent(consultationId)}&communityId=${encodeURIComponent(communityId)}`;
    const target = `${this.baseUrl()}/#/consultation/detail/index?${query}`;
    const image = await QRCode.toDataURL(target, { errorCorrectionLevel: 'M', margin: 2, width: 360 });
    return { kind: 'qrcode', image, target };
  }
}
