import config from '../../client/config';

/**
 * The Taro build configuration (client/config/index.ts), called as `taro build` calls it. A
 * production mini program without CLOUD_ENV would silently call the AppID's default CloudBase
 * environment, whichever that is, so its build is refused.
 */
type ConfigFn = (merge: (...parts: object[]) => object, env: { command: string; mode: string }) => Promise<{ defineConstants: Record<string, string> }>;

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function configFor(env: { NODE_ENV: string; TARO_ENV: string; CLOUD_ENV?: string }) {
  process.env = { ...saved, ...env };
  if (env.CLOUD_ENV === undefined) delete process.env.CLOUD_ENV;
  return (config as unknown as ConfigFn)((...parts) => Object.assign({}, ...parts), { command: 'build', mode: env.NODE_ENV });
}

describe('the mini program build', () => {
  it('refuses a production weapp build that names no CloudBase environment, saying how to name one', async () => {
    await expect(configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp' })).rejects.toThrow('CLOUD_ENV=<环境 ID> npm run build:weapp');
    await expect(configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp', CLOUD_ENV: '  ' })).rejects.toThrow('CLOUD_ENV');
  });

  it('compiles the named environment into a production weapp build', async () => {
    const built = await configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp', CLOUD_ENV: 'xieshang-prod-1a2b' });
    expect(built.defineConstants.CLOUD_ENV).toBe('"xieshang-prod-1a2b"');
  });

  it('needs no environment for an H5 build or a development build of the mini program', async () => {
    expect((await configFor({ NODE_ENV: 'production', TARO_ENV: 'h5' })).defineConstants.CLOUD_ENV).toBe('""');
    expect((await configFor({ NODE_ENV: 'development', TARO_ENV: 'weapp' })).defineConstants.CLOUD_ENV).toBe('""');
  });
});
