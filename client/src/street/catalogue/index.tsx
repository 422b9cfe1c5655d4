import { useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { RefinedCategory, RefinedItem } from '@shared/catalogue';
import type { CatalogueExportView, StreetCatalogueView } from '@shared/api/views';
import { toChinaDateTimeParts } from '@shared/time';
import { call, newRequestId } from '../../api';
import { usePageClass } from '../../care/careMode';
import { confirmStep } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { WorkbookLink } from '../../files/WorkbookLink';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

const day = (ms: number) => toChinaDateTimeParts(ms).date;

/** One change an officer makes: it names the version they saw and carries its own request id. */
type Change = (seen: { version: number; requestId: string }) => Promise<StreetCatalogueView>;

const confirmRetire = (name: string) =>
  confirmStep('停用事项', `停用后，所辖社区发起新的协商时不能再选“${name}”；已有的议题不受影响。停用不能撤销，确定停用吗？`, '确定停用', '不停用');

/**
 * 街道工作台 → 协商事项目录: the street's refinement of the catalogue — every matter with its local
 * note, the ones it added and retired with their dates, the version and the history — and, for its
 * officers, adding, retiring and annotating. 民政／督查 readers read it and export it for 备案.
 */
export default function StreetCatalogue() {
  const pageClass = usePageClass();
  const loaded = useLoad(() => call('street', 'streetCatalogue.get', {}));
  const [view, setView] = useState<StreetCatalogueView | null>(null);
  // A change's answer shows at once; a fresh load (刷新, or coming back to the page) replaces it.
  const fresh = loaded.status === 'ready' ? loaded.data : null;
  useEffect(() => {
    if (fresh) setView(fresh);
  }, [fresh]);
  const { busy, error, setError, run } = useSubmit('保存失败，请重试');
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  if (!view) return <Loading />;
  const change = (make: Change) => run(async () => setView(await make({ version: view.version, requestId: newRequestId() })));
  return (
    <View className={pageClass}>
      <Header view={view} />
      {error ? (
        <View className="card">
          <View className="error-text">{error}</View>
          <Button
            className="btn btn-plain"
            onClick={() => {
              setError('');
              loaded.reload();
            }}
          >
            刷新目录
          </Button>
        </View>
      ) : null}
      {view.mayAct ? <AddItem categories={view.categories} busy={busy} onAdd={change} /> : null}
      {view.categories.map((c) => (
        <View key={c.id} className="section">
          <View className="section-title">{c.name}</View>
          {c.items.map((item) => (
            <ItemCard key={item.id} item={item} mayAct={view.mayAct} busy={busy} onChange={change} />
          ))}
        </View>
      ))}
      <History view={view} />
    </View>
  );
}

function Header({ view }: { view: StreetCatalogueView }) {
  const items = view.categories.flatMap((c) => c.items);
  const inUse = items.filter((i) => i.retiredAt === undefined).length;
  return (
    <View className="card">
      <View className="card-title">{view.streetName} 协商事项目录</View>
      <View className="meta">目录版本：{view.versionLabel}</View>
      <View className="meta">
        共 {items.length} 项，在用 {inUse} 项。所辖社区发起协商、居民提建议时从在用的事项中选择。
      </View>
      {view.mayAct ? null : <View className="meta">民政／督查账号只能查看和导出，不能修改目录。</View>}
      <Export />
    </View>
  );
}

/** 导出备案: the refined list as a workbook for 州民政局. */
function Export() {
  const [file, setFile] = useState<CatalogueExportView | null>(null);
  const { busy, error, run } = useSubmit('导出失败，请重试');
  if (file) return <WorkbookLink file={file} name="目录表格" />;
  return (
    <View>
      <Button className="btn btn-plain" disabled={busy} onClick={() => run(async () => setFile(await call('street', 'streetCatalogue.export', {})))}>
        {busy ? '正在导出…' : '导出目录（备案用）'}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 新增事项: a category, the matter's name and, if wanted, the street's note on it. Nothing typed is lost on a refusal. */
function AddItem({ categories, busy, onAdd }: { categories: RefinedCategory[]; busy: boolean; onAdd: (make: Change) => Promise<void> }) {
  const [categoryId, setCategoryId] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  // One id per matter being added: a retried tap finds the first one instead of adding it twice.
  const requestId = useRef(newRequestId());
  const labels = Object.fromEntries(categories.map((c) => [c.id, c.name]));
  const ready = categoryId !== '' && name.trim().length >= 2;
  const add = () =>
    onAdd(async ({ version }) => {
      const view = await call('street', 'streetCatalogue.add', { requestId: requestId.current, version, categoryId, name: name.trim(), note: note.trim() });
      requestId.current = newRequestId();
      setName('');
      setNote('');
      return view;
    });
  return (
    <View className="card">
      <View className="card-title">新增协商事项</View>
      <View className="field-label">所属类别</View>
      <ChoiceChips options={categories.map((c) => c.id)} labels={labels} value={categoryId} onChange={setCategoryId} />
      <TextField label="事项名称" value={name} placeholder="如：老旧小区加装电梯" maxlength={60} onInput={setName} />
      <TextField label="本街道说明（可不填）" value={note} placeholder="如：本街道：需先征求物业意见" maxlength={100} onInput={setNote} />
      <Button className="btn btn-primary" disabled={busy || !ready} onClick={add}>
        {busy ? '正在保存…' : ready ? '新增事项' : '请选择类别并填写事项名称'}
      </Button>
    </View>
  );
}

function itemMeta(item: RefinedItem): string {
  const parts = [item.seq !== undefined ? `序号 ${item.seq}` : '', item.addedAt !== undefined ? `本街道新增（${day(item.addedAt)}）` : ''];
  return parts.filter(Boolean).join(' · ');
}

/** One matter: its name, where it came from, its note; an officer may note or retire it (after a confirmation). */
function ItemCard({ item, mayAct, busy, onChange }: { item: RefinedItem; mayAct: boolean; busy: boolean; onChange: (make: Change) => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note ?? '');
  const retired = item.retiredAt !== undefined;
  const saveNote = () =>
    onChange((seen) => call('street', 'streetCatalogue.note', { ...seen, itemId: item.id, note: note.trim() })).then(() => setEditing(false));
  const retire = async () => {
    if (await confirmRetire(item.name)) await onChange((seen) => call('street', 'streetCatalogue.retire', { ...seen, itemId: item.id }));
  };
  return (
    <View className="card">
      <View>{item.name}</View>
      {itemMeta(item) ? <View className="meta">{itemMeta(item)}</View> : null}
      {retired ? <View className="tag">{`已停用（${day(item.retiredAt!)}）`}</View> : null}
      {item.note ? <View className="meta">本街道说明：{item.note}</View> : null}
      {mayAct && editing ? (
        <View>
          <TextField label="本街道说明" hint="清空后保存即删除说明" value={note} placeholder="如：本街道：需先征求物业意见" maxlength={100} onInput={setNote} />
          <Button className="btn btn-primary" disabled={busy} onClick={saveNote}>
            保存说明
          </Button>
          <Button className="btn btn-plain" onClick={() => setEditing(false)}>
            取消
          </Button>
        </View>
      ) : null}
      {mayAct && !editing ? (
        <View className="row">
          <Button
            className="btn btn-plain"
            onClick={() => {
              // From the note as it stands now: a colleague may have changed it since the page opened.
              setNote(item.note ?? '');
              setEditing(true);
            }}
          >
            {item.note ? '修改说明' : '写说明'}
          </Button>
          {retired ? null : (
            <Button className="btn btn-plain" disabled={busy} onClick={retire}>
              停用
            </Button>
          )}
        </View>
      ) : null}
    </View>
  );
}

/** 修改记录: who changed what, when, into which version. */
function History({ view }: { view: StreetCatalogueView }) {
  return (
    <View className="section">
      <View className="section-title">修改记录</View>
      {view.history.length === 0 ? <View className="meta">还没有修改过，所辖社区使用的是省级目录。</View> : null}
      {view.history.map((h) => (
        <View key={h.version} className="card">
          <View>{`第${h.version}版 · ${h.kindLabel}：${h.itemName}`}</View>
          {h.note ? <View className="meta">说明：{h.note}</View> : null}
          <View className="meta">{`${h.byName} · ${day(h.at)}`}</View>
        </View>
      ))}
    </View>
  );
}
