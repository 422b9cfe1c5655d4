import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { RegisterPersonView } from '@shared/api/views';
import { ADDRESS_LABELS } from '@shared/member/member';
import type { CommunityKind } from '@shared/member/roles';
import { TERMS } from '@shared/member/terms';
import { ApiError, call } from '../../api';
import { Failure, Loading } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { PersonCard } from '../components/PersonCard';
import { MarkLeft } from './MarkLeft';
import { fieldErrorsOf, formOf, inputOf, type FieldErrors, type Flag, type PersonForm } from './personForm';

const PLACEHOLDERS: Record<CommunityKind, { building: string; unit: string; room: string }> = {
  community: { building: '例如：3号楼', unit: '例如：1单元', room: '例如：101' },
  village: { building: '例如：东组', unit: '', room: '例如：12' },
};

/** The register's yes/no facts as chips that say ✓ in words when on. */
function FlagChips({ form, flags, onToggle }: { form: PersonForm; flags: [Flag, string][]; onToggle: (flag: Flag) => void }) {
  return (
    <View className="chips">
      {flags.map(([flag, label]) => (
        <Text key={flag} className={`chip ${form[flag] ? 'chip-on' : ''}`} onClick={() => onToggle(flag)}>
          {form[flag] ? '✓ ' : ''}
          {label}
        </Text>
      ))}
    </View>
  );
}

/**
 * 新增 or 更正 one person. What is typed stays on any failure; the server's message for a box is
 * shown under that box. A stale version (another committee member saved first) is said, with the
 * way to read the person afresh — never a silent overwrite of their change.
 */
function PersonEditor({ person, kind, onStale }: { person?: RegisterPersonView; kind: CommunityKind; onStale?: () => void }) {
  const [form, setForm] = useState(() => formOf(person, kind));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof PersonForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (flag: Flag) => setForm((f) => ({ ...f, [flag]: !f[flag] }));
  const labels = ADDRESS_LABELS[kind];
  const placeholders = PLACEHOLDERS[kind];
  const terms = TERMS[kind];
  const flags: [Flag, string][] = [
    ['householdRep', '户代表'],
    ['representative', terms.representatives],
    ...(kind === 'village'
      ? ([
          ['collectiveMember', '集体经济组织成员'],
          ['collectiveRepresentative', '成员代表'],
        ] as [Flag, string][])
      : []),
  ];

  const save = async () => {
    setErrors({});
    setError('');
    setStale(false);
    const input = inputOf(form, kind, person?.householdNo);
    if ('errors' in input) return setErrors(input.errors);
    setBusy(true);
    try {
      await call('member', 'register.save', { ...(person ? { id: person.id, version: person.version } : {}), person: input.person });
      Taro.showToast({ title: person ? '已更正' : '已登记', icon: 'success' });
      await Taro.navigateBack();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '保存失败，请重试');
      const byField = fieldErrorsOf(err);
      setErrors(byField);
      setError(Object.keys(byField).length > 0 ? '请按各栏下方的提示修改后再保存' : err.message);
      // On a correction, CONFLICT is a stale version; on an addition, the same person already there.
      setStale(err.code === 'CONFLICT' && person !== undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="section">
      <TextField label="姓名" value={form.name} placeholder="请填写姓名" maxlength={30} onInput={set('name')} error={errors.name} />
      <TextField
        label={labels.building}
        value={form.building}
        placeholder={placeholders.building}
        maxlength={20}
        onInput={set('building')}
        error={errors.building}
      />
      {labels.unit ? (
        <TextField
          label={labels.unit}
          value={form.unit}
          placeholder={placeholders.unit}
          maxlength={20}
          onInput={set('unit')}
          hint="楼里不分单元的可以不填"
          error={errors.unit}
        />
      ) : null}
      <TextField label={labels.room} value={form.room} placeholder={placeholders.room} maxlength={20} onInput={set('room')} error={errors.room} />
      {kind === 'community' ? (
        <TextField label="居民小组（选填）" value={form.group} placeholder="例如：第一居民小组" maxlength={20} onInput={set('group')} error={errors.group} />
      ) : null}
      <View className="field">
        <View className="field-label">出生日期</View>
        <View className="register-birth">
          <TextField label="年" value={form.year} placeholder="如1956" maxlength={4} type="number" onInput={set('year')} />
          <TextField label="月" value={form.month} placeholder="月" maxlength={2} type="number" onInput={set('month')} />
          <TextField label="日" value={form.day} placeholder="日" maxlength={2} type="number" onInput={set('day')} />
        </View>
        <View className="field-hint">只知道年份或年月的可以只填年份或年月，是否年满18周岁将标为待确认。</View>
        {errors.birth ? <View className="error-text">{errors.birth}</View> : null}
      </View>
      <TextField
        label="手机后四位（选填）"
        value={form.phoneLast4}
        placeholder="例如：1234"
        maxlength={4}
        type="number"
        onInput={set('phoneLast4')}
        error={errors.phoneLast4}
      />
      <View className="field">
        <View className="field-label">身份</View>
        <FlagChips form={form} flags={flags} onToggle={toggle} />
        <View className="field-hint">每户只有一位户代表：选定后，同户原来的户代表自动取消。</View>
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      {stale && onStale ? (
        <Button className="btn btn-plain" disabled={busy} onClick={onStale}>
          读取最新登记（放弃本次修改）
        </Button>
      ) : null}
      <Button className="btn btn-primary" disabled={busy} onClick={save}>
        {busy ? '正在保存…' : person ? '保存更正' : '登记'}
      </Button>
    </View>
  );
}

function ExistingPerson({ id, kind }: { id: string; kind: CommunityKind }) {
  // The person as the register holds them now: the correction is made against the version just read.
  const found = useLoad(() => call('member', 'register.get', { id }));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error') return <Failure error={found.error} onRetry={found.reload} />;
  const person = found.data;
  return (
    <View className="page">
      <PersonCard person={person} terms={TERMS[kind]} />
      <View className="section-title section">更正登记</View>
      {/* Keyed by version: a fresh read after a conflict starts the form from what is now registered. */}
      <PersonEditor key={person.version} person={person} kind={kind} onStale={found.reload} />
      {person.status === 'current' ? <MarkLeft person={person} /> : null}
    </View>
  );
}

/** Query values arrive still encoded on H5 and as sent in WeChat; a stray % must not break the page. */
function decoded(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

/** 名册人员: 新增人员 (no id), or one person to correct or mark 迁出／死亡 (id and name from the list). */
export default function RegisterPersonPage() {
  const { params } = useRouter();
  const kind: CommunityKind = params.kind === 'village' ? 'village' : 'community';
  if (!params.id) {
    return (
      <View className="page">
        <View className="section-title">新增{TERMS[kind].people}</View>
        <PersonEditor kind={kind} />
      </View>
    );
  }
  return <ExistingPerson id={decoded(params.id)} kind={kind} />;
}
