import { ensureCloudbaseSchema } from '../cloudfunctions/core/store/cloudbaseSchema';

/** `npm run db:ensure`: creates the collections and indexes of core/store/schema.ts in a CloudBase environment. */
const { TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
if (!TCB_ENV_ID || !TCB_SECRET_ID || !TCB_SECRET_KEY) {
  console.error('需要环境变量 TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY（腾讯云 API 密钥）。');
  process.exit(1);
}
ensureCloudbaseSchema({ envId: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY }).then(
  () => console.log(`集合与索引已就绪：${TCB_ENV_ID}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
