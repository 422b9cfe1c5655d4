import { TEMPLATE_KEYS, TEMPLATE_OF, FEED_KINDS } from '@shared';
import { DEMO_TEMPLATES, encodeTemplates, messageData, TemplateConfigError, templateKeyOf, templatesFrom } from '../../cloudfunctions/core/notify/templates';
import { isPermanent } from '../../cloudfunctions/core/ports/messenger';

const template = { id: 'T1', fields: { title: 'thing1', status: 'phrase2', time: 'time3', note: 'thing4' } } as const;
const at = Date.UTC(2026, 11, 1, 11, 0); // 2026-12-01 19:00 China time

describe('a subscription message’s data', () => {
  it('fits each value to what WeChat accepts for its keyword type', () => {
    const data = messageData(template, {
      title: '关于小区东门增设非机动车集中充电桩及雨棚的协商',
      status: '进度60%',
      time: at,
      note: '  请  按时\n参加 ',
    });
    expect(data).toEqual({
      thing1: { value: '关于小区东门增设非机动车集中充电桩及雨…' },
      phrase2: { value: '进度' },
      time3: { value: '2026年12月1日 19:00' },
      thing4: { value: '请 按时 参加' },
    });
    expect([...data.thing1.value]).toHaveLength(20);
  });

  it('sends only the keywords the template has, and never an empty value', () => {
    const short = { id: 'T2', fields: { title: 'thing2', note: 'short_thing5', status: 'phrase1' } } as const;
    expect(messageData(short, { title: '停车', status: '100%', time: at, note: '请在截止前投票' })).toEqual({
      thing2: { value: '停车' },
      phrase1: { value: '—' },
      short_thing5: { value: '请在截止…' },
    });
  });
});

describe('the template configuration', () => {
  it('is read from JSON, and a malformed one is refused at start rather than sending broken messages', () => {
    expect(templatesFrom(undefined)).toEqual({});
    expect(templatesFrom(JSON.stringify({ vote: template }))).toEqual({ vote: template });
    expect(() => templatesFrom(JSON.stringify({ vote: { id: 'x', fields: { title: 'title1' } } }))).toThrow();
    expect(() => templatesFrom(JSON.stringify({ sms: template }))).toThrow();
    expect(() => templatesFrom('{not json')).toThrow();
  });

  it('is read as well from the base64 form npm run deploy passes through the CloudBase CLI', () => {
    const config = { vote: template, notice: { id: '模板-1', fields: { title: 'thing1' } } };
    expect(encodeTemplates(config)).toMatch(/^base64:[A-Za-z0-9+/]+=*$/);
    expect(templatesFrom(encodeTemplates(config))).toEqual(config);
    expect(templatesFrom('  ')).toEqual({});
  });

  it('names the variable and what is wrong when it cannot be read', () => {
    const refused = (value: string) => {
      try {
        templatesFrom(value);
      } catch (e) {
        expect(e).toBeInstanceOf(TemplateConfigError);
        return (e as Error).message;
      }
      throw new Error(`accepted ${value}`);
    };
    expect(refused('{not json')).toMatch(/^WX_SUBSCRIBE_TEMPLATES 配置有误.*JSON/);
    expect(refused('base64:@@@@')).toMatch(/WX_SUBSCRIBE_TEMPLATES 配置有误.*base64/);
    expect(refused(encodeTemplates({}).replace(/=*$/, '') + '!')).toMatch(/base64/);
    expect(refused(JSON.stringify({ vote: { id: 'x', fields: { title: 'title1' } } }))).toMatch(/vote\.fields\.title: 模板关键词格式有误/);
    // Text that is not the configuration at all, as an object turned into a string would arrive.
    expect(refused('[object Object]')).toMatch(/WX_SUBSCRIBE_TEMPLATES 配置有误/);
  });

  it('maps every kind of news to a template, and ids back to their keys', () => {
    for (const kind of FEED_KINDS) expect(TEMPLATE_KEYS).toContain(TEMPLATE_OF[kind]);
    expect(templateKeyOf(DEMO_TEMPLATES, 'demo-vote')).toBe('vote');
    expect(templateKeyOf(DEMO_TEMPLATES, 'vote')).toBeUndefined();
  });
});

describe('WeChat’s error codes', () => {
  it('gives up on what no retry can fix and retries the rest', () => {
    expect([43101, 40003, 47003, 41030, 40037].every(isPermanent)).toBe(true);
    expect([-1, 45009, 500].some(isPermanent)).toBe(false);
  });
});
