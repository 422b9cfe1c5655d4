import type { OpinionView } from '@shared/api/views';
import { call } from '../api';
import { confirmEntryDispute, confirmEntryTrue } from '../confirm';
import { ConfirmOrDispute } from './ConfirmOrDispute';

/** For the person a committee member entered an opinion for: 确认属实, or 有异议 with what is wrong. */
export function EntryResponse({ opinion, onDone }: { opinion: OpinionView; onDone: (v: OpinionView) => void }) {
  if (!opinion.can.respondToEntry) return null;
  return (
    <ConfirmOrDispute
      prompt="这条意见是委员会代您录入的，请核对"
      placeholder="请说明哪里与您的意见不符"
      noteMissing="请说明哪里与您的意见不符"
      ask={(verdict) => (verdict === 'confirm' ? confirmEntryTrue() : confirmEntryDispute())}
      send={async (answer) => onDone(await call('participation', 'opinion.respondToEntry', { opinionId: opinion.id, ...answer }))}
    />
  );
}
