import type { SubscriptionTemplatesView } from '@shared/api/views';
import { SUBSCRIBE_AT, type SubscribeMoment, type TemplateKey } from '@shared/notify/notify';
import { call } from '../api';

/**
 * The subscription templates, fetched once per run and kept here: WeChat lets the prompt open only
 * synchronously inside a tap, so the ids must already be at hand when the tap comes.
 */
let templates: SubscriptionTemplatesView['templates'] = [];
let loading: Promise<void> | null = null;

/** Fetches the template ids once; a failure is forgotten, so the next page that loads tries again. */
export function preloadSubscriptions(): Promise<void> {
  loading ??= call('account', 'subscription.templates', {}).then(
    (v) => {
      templates = v.templates;
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** The ids to ask for at this moment, in its order; empty until the templates have loaded (or none is configured). */
export function templateIdsFor(moment: SubscribeMoment): string[] {
  const keys: readonly TemplateKey[] = SUBSCRIBE_AT[moment];
  const ids = keys.flatMap((key) => templates.filter((t) => t.key === key).map((t) => t.id));
  // Two keys may share one WeChat template; the prompt refuses a repeated id.
  return [...new Set(ids)];
}

export interface AskOptions {
  /** H5 only: the tap was an explicit ask (关注), which is the consent where there is no WeChat prompt. */
  explicit?: boolean;
  /** The action the ask rides along; grants are recorded only once it succeeded. */
  after?: Promise<unknown>;
}

/** Tells the server which templates the member accepted; a failure only means fewer messages, so it stays silent. */
export function recordGrants(templateIds: string[]): void {
  if (templateIds.length === 0) return;
  call('account', 'subscription.grant', { templateIds }).catch(() => undefined);
}
