import { defineFunction } from '../core/functionKit';
import { screenBoard } from '../core/meeting/screenBoard';

/** The hall's projector: reached over HTTP with no login; one action, opened by the host's code. */
export const screenFunction = defineFunction('screen', { 'screen.get': screenBoard }, { anonymous: true });
