import { previewElectorate } from '../core/voting/previewElectorate';
import { defineFunction } from '../core/functionKit';
import { ballotPapers } from '../core/voting/ballotPapers';
import { castBallot } from '../core/voting/castBallot';
import { closeVote } from '../core/voting/closeVote';
import { enterPaperBallot } from '../core/voting/enterPaperBallot';
import { getVote } from '../core/voting/getVote';
import { openVote } from '../core/voting/openVote';
import { rescheduleVote } from '../core/voting/rescheduleVote';
import { tallySheet } from '../core/voting/tallySheet';
import { respondToBallot } from '../core/voting/respondToBallot';
import { voteElectors } from '../core/voting/voteElectors';
import { voteParticipation } from '../core/voting/voteParticipation';
import { enterRoomCount } from '../core/voting/enterRoomCount';

export const votingFunction = defineFunction('voting', {
  'vote.get': getVote,
  'vote.open': openVote,
  'vote.close': closeVote,
  'vote.reschedule': rescheduleVote,
  'vote.participation': voteParticipation,
  'vote.electors': voteElectors,
  'vote.preview': previewElectorate,
  'vote.ballotPapers': ballotPapers,
  'vote.tallySheet': tallySheet,
  'ballot.cast': castBallot,
  'ballot.enterPaper': enterPaperBallot,
  'ballot.respond': respondToBallot,
  'vote.enterRoomCount': enterRoomCount,
});
