import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { RosterReportView, RosterRowReport } from '@shared/api/views';
import { ApiError, call, detailWords } from '../../api';
import { confirmImportRoster } from '../../confirm';
import { documentTypeOf, formatBytes, pickedFileProblem } from '@shared/files/documents';
import { ROSTER_MAX_BYTES } from '@shared/member/member';
import { chooseDocuments, uploadDocument } from '../../files/pickDocuments';
import { HeaderChoicesUsed, HeaderMapping, type HeaderMap } from './HeaderMapping';

/** The workbook in storage: checked and imported by its file id, so the preview and the import read the same file. */
interface UploadedRoster {
  name: string;
  fileId: string;
}
/** Enough rows to check a building's worth; more would make an old phone crawl. */
const MAX_ROWS_SHOWN = 500;

const OUTCOME_LABELS: Record<RosterRowReport['outcome'], string> = {
  created: '新增',
  updated: '更新',
  unchanged: '不变',
  rejected: '有误',
  skipped: '跳过',
};

type Totals = RosterReportView['units'];

function TotalsCard({ title, totals, measure }: { title: string; totals: Totals; measure: string }) {
  return (
    <View className="card">
      <View className="card-title">{title}</View>
      {(['created', 'updated', 'unchanged', 'rejected'] as const).map((k) => (
        <View key={k} className="kv">
          <View className="kv-key">{OUTCOME_LABELS[k]}</View>
          <View className="kv-value">
            {totals[k]} {measure}
          </View>
        </View>
      ))}
    </View>
  );
}

const rowPlace = (r: RosterRowReport) => `${r.sheet} 第${r.row}行`;
const nothing = (t: Totals) => t.created + t.updated + t.unchanged + t.rejected === 0;

/**
 * Rows the import takes but the committee should confirm (a birth only to the month, an ID number
 * that fails its check), or passes over on purpose (合计 rows): each with its place and the reason.
 */
function RowsToNote({ title, rows, word }: { title: string; rows: RosterRowReport[]; word: string }) {
  if (rows.length === 0) return null;
  return (
    <View className="section">
      <View className="section-title">
        {title}（{rows.length}）
      </View>
      <View className="card">
        {rows.map((r) => (
          <View key={`${r.sheet}-${r.row}`} className="kv">
            <View className="kv-value">
              {rowPlace(r)}
              {r.subject ? ` ${r.subject}` : ''}：{word}
              {r.reason ? <View className="meta">{r.reason}</View> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

/** What an import does (or did): totals, the rows it refuses, doubts and skips with why, then every row on request. */
function Report({ report }: { report: RosterReportView }) {
  const [showAll, setShowAll] = useState(false);
  const rejected = report.rows.filter((r) => r.outcome === 'rejected');
  return (
    <>
      {/* A register workbook has no 房屋台账: a card of noughts would only puzzle. */}
      {nothing(report.units) ? null : <TotalsCard title="房屋" totals={report.units} measure="户" />}
      <TotalsCard title="人员" totals={report.residents} measure="人" />
      <View className="section">
        <View className="section-title">有误的行（{rejected.length}）</View>
        {rejected.length === 0 ? (
          <View className="card meta">没有有误的行</View>
        ) : (
          <View className="card">
            {rejected.map((r) => (
              <View key={`${r.sheet}-${r.row}`} className="kv">
                <View className="kv-value">
                  {rowPlace(r)}：{r.reason ?? '有误'}
                  {r.subject ? <View className="meta">{r.subject}</View> : null}
                </View>
              </View>
            ))}
          </View>
        )}
      </View>
      <RowsToNote title="待确认的行" rows={report.rows.filter((r) => r.doubt)} word="待确认" />
      <RowsToNote title="跳过的行" rows={report.rows.filter((r) => r.outcome === 'skipped')} word={OUTCOME_LABELS.skipped} />
      {report.rows.length > 0 ? (
        <View className="section">
          <Button className="btn btn-plain" onClick={() => setShowAll(!showAll)}>
            {showAll ? '收起逐行明细' : `查看逐行明细（共 ${report.rows.length} 行）`}
          </Button>
          {showAll ? (
            <View className="card section">
              {report.rows.slice(0, MAX_ROWS_SHOWN).map((r) => (
                <View key={`${r.sheet}-${r.row}`} className="kv">
                  <View className="kv-value">
                    {rowPlace(r)} {r.subject}：{OUTCOME_LABELS[r.outcome]}
                    {r.doubt ? '（待确认）' : ''}
                    {r.reason ? <View className="meta">{r.reason}</View> : null}
                  </View>
                </View>
              ))}
              {report.rows.length > MAX_ROWS_SHOWN ? <View className="meta">仅显示前 {MAX_ROWS_SHOWN} 行，上面的合计包含全部行。</View> : null}
            </View>
          ) : null}
        </View>
      ) : null}
    </>
  );
}

/** The file itself was refused (not a roster, or unreadable): checking it again cannot help, only another file. */
const refused = (e: ApiError) => e.code === 'INVALID_INPUT' || e.code === 'FILE_REJECTED';

function Refusal({ error }: { error: ApiError }) {
  return (
    <View className="card">
      <View className="error-text">{error.message}</View>
      {detailWords(error).map((d, i) => (
        <View key={i} className="meta">
          {d}
        </View>
      ))}
    </View>
  );
}

/**
 * 导入花名册: the committee picks its Excel workbook, sees what the import would do (a dry run),
 * and confirms. The same file imported twice changes nothing the second time.
 */
export default function RosterImport() {
  const [file, setFile] = useState<UploadedRoster | null>(null);
  const [preview, setPreview] = useState<RosterReportView | null>(null);
  const [final, setFinal] = useState<RosterReportView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'' | 'uploading' | 'checking' | 'importing'>('');
  // What the committee picked for unknown headers, and what the preview on screen was checked with:
  // the import applies the latter, so it does what the preview showed.
  const [choices, setChoices] = useState<HeaderMap>({});
  const [checkedWith, setCheckedWith] = useState<HeaderMap>({});

  const check = async (f: UploadedRoster, headerMap: HeaderMap = {}) => {
    setBusy('checking');
    setError(null);
    try {
      const mapped = Object.keys(headerMap).length > 0;
      setPreview(await call('member', 'member.importRoster', { fileId: f.fileId, dryRun: true, ...(mapped ? { headerMap } : {}) }));
      setCheckedWith(headerMap);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('INTERNAL', '检查文件失败，请重试'));
    } finally {
      setBusy('');
    }
  };

  const choose = async () => {
    setError(null);
    let picked;
    try {
      [picked] = await chooseDocuments(1, ['xlsx']);
    } catch {
      return setError(new ApiError('INVALID_INPUT', '读取文件失败，请重新选择'));
    }
    if (!picked) return;
    setFile(null);
    setPreview(null);
    setFinal(null);
    setChoices({});
    setCheckedWith({});
    // Said before a byte is sent: the function would refuse it only after a long upload.
    if (documentTypeOf(picked.name) !== 'xlsx') return setError(new ApiError('FILE_REJECTED', '请选择 .xlsx 格式的 Excel 文件（旧版 .xls 请先另存为 .xlsx）'));
    const problem = pickedFileProblem(picked.name, picked.size, { maxBytes: ROSTER_MAX_BYTES });
    if (problem) return setError(new ApiError('FILE_REJECTED', problem));
    setBusy('uploading');
    let uploaded: UploadedRoster;
    try {
      uploaded = { name: picked.name, fileId: await uploadDocument(picked, 'rosters') };
    } catch (e) {
      setBusy('');
      return setError(e instanceof ApiError ? e : new ApiError('INTERNAL', '上传文件失败，请重试'));
    }
    setFile(uploaded);
    await check(uploaded);
  };

  const runImport = async () => {
    if (!file || !preview) return;
    const { units, residents } = preview;
    if (!(await confirmImportRoster(units.created, units.updated, residents.created, residents.updated))) return;
    setBusy('importing');
    setError(null);
    try {
      const mapped = Object.keys(checkedWith).length > 0;
      setFinal(await call('member', 'member.importRoster', { fileId: file.fileId, dryRun: false, ...(mapped ? { headerMap: checkedWith } : {}) }));
      setPreview(null);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '导入失败，请重试');
      // A refused file has nothing worth showing beside the refusal; other failures keep the preview to retry from.
      if (refused(err)) setPreview(null);
      setError(err);
    } finally {
      setBusy('');
    }
  };

  const changes = preview ? preview.units.created + preview.units.updated + preview.residents.created + preview.residents.updated : 0;
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">文件要求</View>
        <View className="meta">只接受 .xlsx 格式的 Excel 文件（不超过{formatBytes(ROSTER_MAX_BYTES)}），包含两张工作表，第一行为列名：</View>
        <View className="kv">
          <View className="kv-key">房屋台账</View>
          <View className="kv-value">楼栋、单元、房号、面积、业主姓名、业主类型（个人/开发商/共有）、手机后四位</View>
        </View>
        <View className="kv">
          <View className="kv-key">花名册</View>
          <View className="kv-value">姓名、楼栋、单元、房号、身份（业主/租户）、居民代表（是/否）、手机后四位</View>
        </View>
        <View className="kv">
          <View className="kv-key">名册</View>
          <View className="kv-value">也可以直接用现有的居民／村民名册：姓名，以及出生日期或身份证号、住址、户主、与户主关系等，每个小组一张工作表也可以</View>
        </View>
        <View className="meta">村可用“村民小组”“户号”“村民代表”作列名；认不出的列名，检查后可以选择它的含义。先检查、后导入：确认之前不会改动任何记录。</View>
      </View>

      <Button className={`btn ${file ? 'btn-plain' : 'btn-primary'}`} disabled={busy !== ''} onClick={choose}>
        {busy === 'uploading' ? '正在上传文件…' : busy === 'checking' ? '正在检查文件…' : file ? '重新选择 Excel 文件' : '选择 Excel 文件'}
      </Button>
      {file ? <View className="meta">已选择：{file.name}</View> : null}

      {error ? (
        <View className="section">
          <Refusal error={error} />
          {file && !preview && !final && !refused(error) ? (
            <Button className="btn btn-plain" disabled={busy !== ''} onClick={() => check(file, { ...checkedWith, ...choices })}>
              重新检查
            </Button>
          ) : null}
        </View>
      ) : null}

      {final ? (
        <View className="section">
          <View className="section-title">导入完成</View>
          <Report report={final} />
        </View>
      ) : null}

      {preview ? (
        <View className="section">
          <View className="section-title">检查结果（尚未导入）</View>
          <HeaderChoicesUsed map={checkedWith} />
          {preview.unknownHeaders.length > 0 ? (
            <HeaderMapping
              unknown={preview.unknownHeaders}
              choices={choices}
              onChoose={(header, field) => setChoices((c) => ({ ...c, [header]: field }))}
              onRecheck={() => file && check(file, { ...checkedWith, ...choices })}
              busy={busy !== ''}
            />
          ) : null}
          <Report report={preview} />
          {changes === 0 ? (
            <View className="card meta">文件内容与现有台账一致，没有需要导入的内容。</View>
          ) : (
            <Button className="btn btn-primary" disabled={busy !== ''} onClick={runImport}>
              {busy === 'importing' ? '正在导入…' : '确认导入'}
            </Button>
          )}
        </View>
      ) : null}
    </View>
  );
}
