import { follow } from '../core/consultation/follow';
import { poster } from '../core/consultation/poster';
import { signInSheet } from '../core/consultation/signInSheet';
import { boardItem } from '../core/consultation/boardItem';
import { listBoard } from '../core/consultation/listBoard';
import { createDraft } from '../core/consultation/createDraft';
import { getConsultation } from '../core/consultation/getConsultation';
import { listCatalogue } from '../core/consultation/listCatalogue';
import { listConsultations } from '../core/consultation/listConsultations';
import { publishNotice } from '../core/consultation/publishNotice';
import { startConsulting } from '../core/consultation/startConsulting';
import { updateDraft } from '../core/consultation/updateDraft';
import { withdraw } from '../core/consultation/withdraw';
import { recordPriorStep } from '../core/consultation/recordPriorStep';
import { defineFunction } from '../core/functionKit';

export const consultationFunction = defineFunction('consultation', {
  'catalogue.list': listCatalogue,
  'consultation.list': listConsultations,
  'consultation.get': getConsultation,
  'consultation.createDraft': createDraft,
  'consultation.updateDraft': updateDraft,
  'consultation.publishNotice': publishNotice,
  'consultation.withdraw': withdraw,
  'consultation.startConsulting': startConsulting,
  'consultation.follow': follow,
  'consultation.recordPriorStep': recordPriorStep,
  'notice.poster': poster,
  'consultation.signInSheet': signInSheet,
  'board.list': listBoard,
  'board.item': boardItem,
});
