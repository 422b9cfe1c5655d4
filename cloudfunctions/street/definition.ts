import { defineFunction } from '../core/functionKit';
import { commissionMatter } from '../core/commission/commissionMatter';
import { getStreetCommission } from '../core/commission/getStreetCommission';
import { giveFeedback } from '../core/commission/giveFeedback';
import { listStreetCommissions } from '../core/commission/listStreetCommissions';
import { getStreetHome } from '../core/street/getStreetHome';
import { joinStreet } from '../core/street/joinStreet';

export const streetFunction = defineFunction('street', {
  'street.join': joinStreet,
  'street.home': getStreetHome,
  'street.commission': commissionMatter,
  'street.commissions': listStreetCommissions,
  'street.commissionItem': getStreetCommission,
  'street.feedback': giveFeedback,
});
