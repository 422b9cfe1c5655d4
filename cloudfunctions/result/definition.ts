import { defineFunction } from '../core/functionKit';
import { answerObjection } from '../core/results/answerObjection';
import { closeConsultation } from '../core/results/closeConsultation';
import { completeImplementation } from '../core/results/completeImplementation';
import { escalate } from '../core/results/escalate';
import { evaluationReport } from '../core/results/evaluationReport';
import { exportArchive } from '../core/results/exportArchive';
import { fileObjection } from '../core/results/fileObjection';
import { listObjections } from '../core/results/listObjections';
import { postProgress } from '../core/results/postProgress';
import { publishResult } from '../core/results/publishResult';
import { sealArchive } from '../core/results/sealArchive';
import { startImplementation } from '../core/results/startImplementation';
import { submitEvaluation } from '../core/results/submitEvaluation';
import { writeOutcome } from '../core/results/writeOutcome';

export const resultFunction = defineFunction('result', {
  'outcome.close': closeConsultation,
  'outcome.write': writeOutcome,
  'outcome.escalate': escalate,
  'result.publish': publishResult,
  'objection.file': fileObjection,
  'objection.answer': answerObjection,
  'objection.list': listObjections,
  'implementation.start': startImplementation,
  'progress.post': postProgress,
  'implementation.complete': completeImplementation,
  'evaluation.submit': submitEvaluation,
  'evaluation.report': evaluationReport,
  'archive.seal': sealArchive,
  'archive.export': exportArchive,
});
