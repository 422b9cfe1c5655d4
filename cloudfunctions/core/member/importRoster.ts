import { DomainError, ROSTER_MAX_BYTES, storedFileProblem } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { UseCase } from '../functionKit';
import { loadRegistry } from './registry';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { parseRoster } from './roster/parseRoster';
import { planRosterImport, type RosterImportPlan } from './roster/planImport';
import { inBatches, insertOnce } from '../batches';
import { storedFileOf } from '../ports/files';
import { registerFactsOf } from '../register/people';
import { recountRegister } from '../register/population';

/**
 * 导入花名册 / 房屋台账: reads the committee's Excel file, uploaded to storage first, and reports,
 * row by row, what it creates, updates, leaves as it is or rejects and why. With `dryRun` it only
 * reports. A file that is not an .xlsx by its bytes (FILE_REJECTED) or cannot be read as a roster
 * (INVALID_INPUT) is refused whole before anything is written. Importing the same file again
 * changes nothing: every record's id follows from what it describes.
 */
export const importRoster: UseCase<'member', 'member.importRoster'> = async (ctx, { fileId, dryRun, headerMap }) => {
  const { member, community } = await requireMember(ctx, COMMITTEE_ONLY);
  const bytes = await ctx.files.read(fileId);
  // Whatever it was called on the phone, a roster must be an .xlsx by its bytes.
  const problem = storedFileProblem('roster.xlsx', bytes && storedFileOf(bytes), { maxBytes: ROSTER_MAX_BYTES, label: '所选文件' });
  if (problem || !bytes) throw new DomainError('FILE_REJECTED', problem ?? undefined);
  const headers = { ...community.rosterHeaderMap, ...headerMap };
  const parsed = await parseRoster(bytes, community.kind, headers);
  const plan = planRosterImport(community._id, community.kind, parsed, await loadRegistry(ctx.store, community._id));
  if (!dryRun) {
    // Until its households are counted again the register is not counted: a request that dies
    // mid-import leaves it so, and the next count recounts it first (population.ts).
    await ctx.store.update('communities', { _id: community._id }, { unset: ['registerCounting'] });
    await write(ctx, plan);
    // The whole register may have changed: its households are counted again from it.
    await recountRegister(ctx.store, community._id);
    if (headerMap && Object.keys(headerMap).length > 0) await ctx.store.update('communities', { _id: community._id }, { set: { rosterHeaderMap: headers } });
    const { units, residents } = plan.report;
    await auditBy(ctx, member, {
      action: 'member.importRoster',
      entity: 'roster',
      entityId: `${community._id}-roster-${ctx.now}`,
      before: null,
      after: { status: 'active', version: 1 },
      note: `房屋 新增${units.created} 更新${units.updated} 拒绝${units.rejected}；人员 新增${residents.created} 更新${residents.updated} 拒绝${residents.rejected}`,
    });
  }
  return { dryRun, ...plan.report };
};

/** What a register row may leave out, and a re-import then clears. */
const OPTIONAL_FIELDS = ['phoneLast4', 'relation', 'birth', 'group', 'leftOn'] as const;

async function write(ctx: UseCaseContext, plan: RosterImportPlan) {
  const { store } = ctx;
  // Ids follow from content, so a record a concurrent import has just created is this very record.
  await inBatches(plan.owners, ({ doc, isNew }) =>
    isNew ? insertOnce(store, 'owners', doc) : store.update('owners', { _id: doc._id }, { set: { name: doc.name } }),
  );
  await inBatches(plan.units, ({ doc, isNew }) => {
    if (isNew) return insertOnce(store, 'units', doc);
    const { _id, ownerId, ...fields } = doc;
    return store.update('units', { _id }, ownerId ? { set: { ...fields, ownerId } } : { set: fields, unset: ['ownerId'] });
  });
  await inBatches(plan.entries, async ({ doc, isNew }) => {
    if (isNew) return insertOnce(store, 'roster', doc);
    const { _id, ...fields } = doc;
    await store.update('roster', { _id }, { set: fields, unset: OPTIONAL_FIELDS.filter((f) => doc[f] === undefined) });
    // A linked member's scope follows the register at once.
    if (doc.memberId) await store.update('members', { _id: doc.memberId }, { set: { register: registerFactsOf(doc) } });
  });
}
