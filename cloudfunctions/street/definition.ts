import { defineFunction } from '../core/functionKit';
import { completeJoint } from '../core/street/completeJoint';
import { createJoint } from '../core/street/createJoint';
import { exportReport } from '../core/street/exportReport';
import { getDashboard } from '../core/street/getDashboard';
import { getJoint } from '../core/street/getJoint';
import { commissionMatter } from '../core/commission/commissionMatter';
import { getStreetCommission } from '../core/commission/getStreetCommission';
import { giveFeedback } from '../core/commission/giveFeedback';
import { listStreetCommissions } from '../core/commission/listStreetCommissions';
import { getStreetHome } from '../core/street/getStreetHome';
import { joinStreet } from '../core/street/joinStreet';
import { recordJointOutcome } from '../core/street/recordJointOutcome';
import { addCatalogueItem } from '../core/street/addCatalogueItem';
import { exportCatalogue } from '../core/street/exportCatalogue';
import { getStreetCatalogue } from '../core/street/getStreetCatalogue';
import { noteCatalogueItem } from '../core/street/noteCatalogueItem';
import { retireCatalogueItem } from '../core/street/retireCatalogueItem';

export const streetFunction = defineFunction('street', {
  'street.join': joinStreet,
  'street.home': getStreetHome,
  'street.createJoint': createJoint,
  'street.joint': getJoint,
  'street.dashboard': getDashboard,
  'street.report': exportReport,
  'street.jointOutcome': recordJointOutcome,
  'street.jointComplete': completeJoint,
  'street.commission': commissionMatter,
  'street.commissions': listStreetCommissions,
  'street.commissionItem': getStreetCommission,
  'street.feedback': giveFeedback,
  'streetCatalogue.get': getStreetCatalogue,
  'streetCatalogue.add': addCatalogueItem,
  'streetCatalogue.retire': retireCatalogueItem,
  'streetCatalogue.note': noteCatalogueItem,
  'streetCatalogue.export': exportCatalogue,
});
