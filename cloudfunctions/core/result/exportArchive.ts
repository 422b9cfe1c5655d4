import { DomainError } from '@shared';
import type { ArchiveDoc, MemberDoc, UnitDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { findIn } from '../batches';
import { OVERSEERS, recordExport } from '../files/fileRecords';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember } from '../access/requireMember';
import { readArchiveRecord } from './archiveRecord';
import { buildDossier, memberIdsOf, unitIdsOf } from './dossier';
import { dossierHtml } from './dossierHtml';
import { dossierWorkbook } from './dossierWorkbook';

/**
 * 一事一档 export: the sealed record as an .xlsx workbook (one sheet per part) and a printable HTML
 * dossier, for the committee and the supervisory committee. Only an archived record exports, so
 * the files always match the seal printed on them. Both download as 一事一档-<议题>.
 */
export const exportArchive: UseCase<'result', 'archive.export'> = async (ctx, { id }) => {
  const who = await requireMember(ctx, ['committee', 'supervisor']);
  await loadConsultation(ctx, id, who);
  const seal = await ctx.store.get<ArchiveDoc>('archives', id);
  if (!seal) throw new DomainError('WRONG_STATE', '议题归档后才能导出档案');
  const record = await readArchiveRecord(ctx.store, id);
  const [members, units] = await Promise.all([
    findIn<MemberDoc>(ctx.store, 'members', '_id', memberIdsOf(record)),
    findIn<UnitDoc>(ctx.store, 'units', '_id', unitIdsOf(record)),
  ]);
  const dossier = buildDossier(record, who.community, { members, units }, seal);
  const by = { memberId: who.member._id, communityId: who.community._id };
  const save = async (bytes: Buffer, ext: 'xlsx' | 'html') => {
    const fileId = await ctx.files.saveDocument(bytes, ext);
    await recordExport(ctx, { fileId, ext, size: bytes.length }, by, OVERSEERS);
    return fileId;
  };
  const [xlsx, html] = await Promise.all([
    dossierWorkbook(dossier).then((bytes) => save(bytes, 'xlsx')),
    save(Buffer.from(dossierHtml(dossier), 'utf8'), 'html'),
  ]);
  const names = { [xlsx]: `${dossier.name}.xlsx`, [html]: `${dossier.name}.html` };
  const urls = await ctx.files.urls([xlsx, html], names);
  return {
    xlsxUrl: urls[xlsx] ?? '',
    htmlUrl: urls[html] ?? '',
    xlsxFileId: xlsx,
    htmlFileId: html,
    xlsxFileName: names[xlsx],
    htmlFileName: names[html],
    hash: seal.hash,
  };
};
