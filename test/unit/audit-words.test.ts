import { AUDIT_ACTION_LABELS, auditActionLabel, auditStatusLabel, safeFileName, TRANSITIONS } from '@shared';
import type { AuditDoc } from '../../cloudfunctions/core/docs';

describe('the audit log in words', () => {
  it('names every action it records in Chinese, a transition as the transition itself is named', () => {
    const english = Object.entries(AUDIT_ACTION_LABELS).filter(([, label]) => /[A-Za-z]/.test(label));
    expect(english).toEqual([]);
    for (const [name, t] of Object.entries(TRANSITIONS)) expect(auditActionLabel(`consultation.${name}`)).toBe(t.label);
  });

  it('records only actions that have their words; one it does not know (an older record’s) reads as a neutral word', () => {
    const event: Pick<AuditDoc, 'action'> = {
      // @ts-expect-error an action without its words in AUDIT_ACTION_LABELS cannot be logged: writing one does not compile
      action: 'opinion.shout',
    };
    expect(auditActionLabel(event.action)).toBe('其他操作');
  });

  it('says each entity’s states in words, keeps those logged in words, and never shows a code it does not know', () => {
    expect(auditStatusLabel('consultation', 'publicized')).toBe('结果公示中');
    expect(auditStatusLabel('opinion', 'reply:partly')).toBe('已答复：部分采纳');
    expect(auditStatusLabel('ballot', 'disputed')).toBe('本人有异议');
    expect(auditStatusLabel('attendance', 'confirmed')).toBe('已确认');
    expect(auditStatusLabel('member', 'pending')).toBe('待审核');
    expect(auditStatusLabel('progress', '40%')).toBe('40%');
    expect(auditStatusLabel('consultation', 'paused')).toBe('其他状态');
  });
});

describe('the name a document downloads under', () => {
  it.each([
    ['一事一档-1号楼加装电梯/外墙修缮', '一事一档-1号楼加装电梯 外墙修缮'],
    ['a:b*c?"d"<e>|f\\g\u0007h', 'a b c d e f g h'],
    [' 议题  名称. ', '议题 名称'],
    ['..', '文件'],
    ['长'.repeat(80), '长'.repeat(60)],
  ])('%s → %s', (base, name) => expect(safeFileName(base)).toBe(name));
});
