import { defineFunction } from '../core/functionKit';
import { completeJoint } from '../core/street/completeJoint';
import { createJoint } from '../core/street/createJoint';
import { exportReport } from '../core/street/exportReport';
import { getDashboard } from '../core/street/getDashboard';
import { getJoint } from '../core/street/getJoint';
import { getStreetHome } from '../core/street/getStreetHome';
import { joinStreet } from '../core/street/joinStreet';
import { recordJointOutcome } from '../core/street/recordJointOutcome';

export const streetFunction = defineFunction('street', {
  'street.join': joinStreet,
  'street.home': getStreetHome,
  'street.createJoint': createJoint,
  'street.joint': getJoint,
  'street.dashboard': getDashboard,
  'street.report': exportReport,
  'street.jointOutcome': recordJointOutcome,
  'street.jointComplete': completeJoint,
});
