import { defineFunction } from '../core/functionKit';
import { getStreetHome } from '../core/street/getStreetHome';
import { joinStreet } from '../core/street/joinStreet';

export const streetFunction = defineFunction('street', {
  'street.join': joinStreet,
  'street.home': getStreetHome,
});
