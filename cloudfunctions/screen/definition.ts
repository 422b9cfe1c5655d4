import { defineFunction } from '../core/functionKit';
import { getScreenBoard } from '../core/meeting/getScreenBoard';

/** The hall's projector: reached over HTTP with no login; one action, opened by the host's code. */
export const screenFunction = defineFunction('screen', { 'screen.get': getScreenBoard }, { anonymous: true });
