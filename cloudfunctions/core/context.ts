import type { ContentCheck } from './ports/contentCheck';
import type { FileStore } from './ports/files';
import type { Messenger } from './ports/messenger';
import type { ShareCodes } from './ports/shareCodes';
import type { TemplateConfig } from './notify/templates';
import type { Store } from './store/port';

/** Who is calling, as the platform vouches for it: never taken from the payload. */
interface Caller {
  openid: string;
}

/** The adapters a runtime supplies: production's CloudBase and WeChat ones, or the embedded defaults. */
export interface Services {
  store: Store;
  files: FileStore;
  contentCheck: ContentCheck;
  messenger: Messenger;
  shareCodes: ShareCodes;
  /** The subscription templates registered for this mini-program (configuration, not an adapter). */
  templates: TemplateConfig;
}

/** What the scheduler's deadline work may touch: the services and the time, and no caller. */
export interface SystemContext extends Services {
  now: number;
}

/** Everything a use case may touch. Time is injected so deadlines are testable. */
export interface UseCaseContext extends SystemContext {
  caller: Caller;
}
