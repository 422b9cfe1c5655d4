import type { Messenger, OutgoingMessage, SendResult } from '../ports/messenger';
import type { Store } from '../store/port';

/** What the local sender recorded: one document per message, keyed by the outbox item. */
export interface LocalMessageDoc extends OutgoingMessage {
  _id: string;
  sentAt: number;
}

/**
 * The embedded default's sender: it records what WeChat would have been asked to send, shown at
 * /demo/messages on the local host. The record's id is the outbox item's, so a second send of
 * the same item would fail loudly instead of passing unnoticed.
 */
export class LocalMessenger implements Messenger {
  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  async send(m: OutgoingMessage): Promise<SendResult> {
    const doc: LocalMessageDoc = { ...m, _id: m.key, sentAt: this.clock() };
    await this.store.insert('localMessages', doc);
    return { ok: true };
  }
}
