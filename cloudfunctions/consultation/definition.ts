import { followConsultation } from '../core/consultation/followConsultation';
import { getPoster } from '../core/consultation/getPoster';
import { getSignInSheet } from '../core/consultation/getSignInSheet';
import { getBoardItem } from '../core/consultation/getBoardItem';
import { listBoard } from '../core/consultation/listBoard';
import { createDraft } from '../core/consultation/createDraft';
import { getConsultation } from '../core/consultation/getConsultation';
import { listCatalogue } from '../core/consultation/listCatalogue';
import { listConsultations } from '../core/consultation/listConsultations';
import { publishNotice } from '../core/consultation/publishNotice';
import { startConsulting } from '../core/consultation/startConsulting';
import { updateDraft } from '../core/consultation/updateDraft';
import { withdrawConsultation } from '../core/consultation/withdrawConsultation';
import { recordPriorStep } from '../core/consultation/recordPriorStep';
import { defineFunction } from '../core/functionKit';
import { draftFromCommission } from '../core/commission/draftFromCommission';
import { listCommissions } from '../core/commission/listCommissions';
import { reportCommission } from '../core/commission/reportCommission';

export const consultationFunction = defineFunction('consultation', {
  'catalogue.list': listCatalogue,
  'consultation.list': listConsultations,
  'consultation.get': getConsultation,
  'consultation.createDraft': createDraft,
  'consultation.updateDraft': updateDraft,
  'consultation.publishNotice': publishNotice,
  'consultation.withdraw': withdrawConsultation,
  'consultation.startConsulting': startConsulting,
  'consultation.follow': followConsultation,
  'consultation.recordPriorStep': recordPriorStep,
  'notice.poster': getPoster,
  'consultation.signInSheet': getSignInSheet,
  'board.list': listBoard,
  'board.item': getBoardItem,
  'commission.list': listCommissions,
  'commission.draft': draftFromCommission,
  'commission.report': reportCommission,
});
