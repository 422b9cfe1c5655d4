import type { CloudBase } from '@cloudbase/node-sdk';
import type { ShareCode, ShareCodes } from '../ports/shareCodes';

/** The part of wx-server-sdk's openapi this adapter calls. */
export interface WxaCodeApi {
  wxacode: {
    getUnlimited(req: { scene: string; page: string; checkPath?: boolean; width?: number }): Promise<{ buffer: Buffer; contentType?: string }>;
  };
}

/**
 * The page a code opens; the consultation id rides in `scene` (at most 32 characters).
 * @internal The tests read it rather than repeat the figure.
 */
export const CODE_PAGE = 'consultation/detail/index';

/**
 * Mini-program codes (wxacode.getUnlimited, declared in the function's config.json), stored under
 * a fixed path per consultation (a new poster overwrites the same file) and shown by temporary URL.
 */
export class WxaShareCodes implements ShareCodes {
  constructor(
    private readonly app: CloudBase,
    private readonly openapi: () => WxaCodeApi,
  ) {}

  async forConsultation(consultationId: string): Promise<ShareCode> {
    // checkPath off: trial builds have no released version for WeChat to check the page against.
    const { buffer } = await this.openapi().wxacode.getUnlimited({ scene: consultationId, page: CODE_PAGE, checkPath: false, width: 430 });
    const { fileID } = await this.app.uploadFile({ cloudPath: `codes/${consultationId}.png`, fileContent: buffer });
    const { fileList } = await this.app.getTempFileURL({ fileList: [{ fileID, maxAge: 3600 }] });
    return { kind: 'wxacode', image: fileList[0]?.tempFileURL ?? '', target: `${CODE_PAGE}?scene=${consultationId}` };
  }
}
