import { defineFunction } from '../core/functionKit';
import { answerObjection } from '../core/result/answerObjection';
import { closeOutcome } from '../core/result/closeOutcome';
import { completeImplementation } from '../core/result/completeImplementation';
import { escalateToMeeting } from '../core/result/escalateToMeeting';
import { getEvaluationReport } from '../core/result/getEvaluationReport';
import { exportArchive } from '../core/result/exportArchive';
import { fileObjection } from '../core/result/fileObjection';
import { listObjections } from '../core/result/listObjections';
import { postProgress } from '../core/result/postProgress';
import { publishResult } from '../core/result/publishResult';
import { sealArchive } from '../core/result/sealArchive';
import { startImplementation } from '../core/result/startImplementation';
import { submitEvaluation } from '../core/result/submitEvaluation';
import { writeOutcome } from '../core/result/writeOutcome';

export const resultFunction = defineFunction('result', {
  'outcome.close': closeOutcome,
  'outcome.write': writeOutcome,
  'outcome.escalate': escalateToMeeting,
  'result.publish': publishResult,
  'objection.file': fileObjection,
  'objection.answer': answerObjection,
  'objection.list': listObjections,
  'implementation.start': startImplementation,
  'progress.post': postProgress,
  'implementation.complete': completeImplementation,
  'evaluation.submit': submitEvaluation,
  'evaluation.report': getEvaluationReport,
  'archive.seal': sealArchive,
  'archive.export': exportArchive,
});
