import CloudBaseManager from '@cloudbase/manager-node';
import { COLLECTIONS, COLLECTION_NAMES, indexName } from './schema';

/**
 * Applies the declared collections and indexes to a CloudBase environment. The server SDK cannot
 * create indexes, so this uses the management API (`@cloudbase/manager-node`) with an API key;
 * it is run at deploy time (`npm run db:ensure`), never inside a function. It also makes storage
 * private to each file's uploader (and the functions): others read a file only through the
 * temporary URL a use case hands out after checking them (core/files/fileAccess.ts), never by its id.
 */
export async function ensureCloudbaseSchema(
  config: { envId: string; secretId: string; secretKey: string },
  log: (line: string) => void = console.log,
): Promise<void> {
  const { database, storage } = new CloudBaseManager(config);
  await storage.setStorageAcl('PRIVATE');
  log('storage: 仅创建者及管理员可读写');
  for (const name of COLLECTION_NAMES) {
    await database.createCollectionIfNotExists(name);
    for (const spec of COLLECTIONS[name]) {
      const IndexName = indexName(spec);
      const { Exists } = await database.checkIndexExists(name, IndexName);
      if (Exists) continue;
      await database.updateCollection(name, {
        CreateIndexes: [
          {
            IndexName,
            MgoKeySchema: {
              MgoIndexKeys: spec.fields.map((field) => ({ Name: field, Direction: '1' })),
              MgoIsUnique: spec.unique === true,
            },
          },
        ],
      });
      log(`${name}: created index ${IndexName}`);
    }
  }
}
