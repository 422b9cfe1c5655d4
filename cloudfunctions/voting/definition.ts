import { previewElectorate } from '../core/voting/previewElectorate';
import { defineFunction } from '../core/functionKit';
import { listBallotPapers } from '../core/voting/listBallotPapers';
import { castBallot } from '../core/voting/castBallot';
import { closeVote } from '../core/voting/closeVote';
import { enterPaperBallot } from '../core/voting/enterPaperBallot';
import { getVote } from '../core/voting/getVote';
import { openVote } from '../core/voting/openVote';
import { rescheduleVote } from '../core/voting/rescheduleVote';
import { getTallySheet } from '../core/voting/getTallySheet';
import { respondToBallot } from '../core/voting/respondToBallot';
import { listVoteElectors } from '../core/voting/listVoteElectors';
import { getVoteParticipation } from '../core/voting/getVoteParticipation';
import { enterRoomCount } from '../core/voting/enterRoomCount';
import { requestProxy } from '../core/family/requestProxy';
import { listProxyRequests } from '../core/family/listProxyRequests';
import { confirmProxy } from '../core/family/confirmProxy';
import { getFamilyVote } from '../core/family/getFamilyVote';
import { castForFamily } from '../core/family/castForFamily';

export const votingFunction = defineFunction('voting', {
  'vote.get': getVote,
  'vote.open': openVote,
  'vote.close': closeVote,
  'vote.reschedule': rescheduleVote,
  'vote.participation': getVoteParticipation,
  'vote.electors': listVoteElectors,
  'vote.preview': previewElectorate,
  'vote.ballotPapers': listBallotPapers,
  'vote.tallySheet': getTallySheet,
  'ballot.cast': castBallot,
  'ballot.enterPaper': enterPaperBallot,
  'ballot.respond': respondToBallot,
  'vote.enterRoomCount': enterRoomCount,
  'family.requestProxy': requestProxy,
  'family.proxyRequests': listProxyRequests,
  'family.confirmProxy': confirmProxy,
  'family.vote': getFamilyVote,
  'family.castFor': castForFamily,
});
