import { deleteMyData } from '../core/account/deleteMyData';
import { getMe } from '../core/account/getMe';
import { defineFunction } from '../core/functionKit';

export const accountFunction = defineFunction('account', {
  'me.get': getMe,
  'me.deleteData': deleteMyData,
});
