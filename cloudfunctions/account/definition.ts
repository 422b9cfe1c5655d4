import { getMe } from '../core/account/getMe';
import { defineFunction } from '../core/functionKit';

export const accountFunction = defineFunction('account', {
  'me.get': getMe,
});
