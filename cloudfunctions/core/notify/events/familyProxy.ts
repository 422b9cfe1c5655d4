import type { ConsultationDoc, FamilyProxyDoc } from '../../docs';
import { aboutConsultation, direct } from './event';

/** What the committee decided on a household member's 委托书 (家人代办), with the relative's name. */
interface Decided {
  c: ConsultationDoc;
  request: FamilyProxyDoc;
  relativeName: string;
}

/**
 * 委托书审核: the household member who sent a 委托书 hears that the committee confirmed it (they may now
 * cast the relative's ballot) or refused it, and why.
 */
export const familyProxyDecided = direct({
  kind: 'familyProxy',
  label: '委托书审核',
  template: 'vote',
  audience: ({ request }: Decided) => [request.helperId],
  says: ({ c, request, relativeName }, now) => {
    const confirmed = request.state === 'confirmed';
    return {
      key: `${request._id}:proxy:${request.version}`,
      ...aboutConsultation(c),
      title: confirmed ? `${relativeName}的委托书已确认` : `${relativeName}的委托书被退回`,
      body: confirmed
        ? `「${c.plan.title}」：可以在“我的 → 为家人代办”为${relativeName}代为表决。`
        : `「${c.plan.title}」：退回原因：${request.reason ?? '未说明'}。可以重新上传。`,
      fields: { title: c.plan.title, status: confirmed ? '已确认' : '已退回', time: now, note: confirmed ? '可以代为表决了' : '请重新上传委托书' },
      page: 'consultation/family/index',
    };
  },
});
