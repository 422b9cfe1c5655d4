import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberRowView } from '@shared/api/views';
import { call } from '../../api';
import { useLatestSearch } from './useLatestSearch';

const SEARCH_PAUSE_MS = 500;

/**
 * Finds an active member by name or address as the committee types; a tap picks them. Kept in the
 * committee subpackage: only organiser pages search members, so residents never download it.
 */
export function MemberSearch({ label, notFound, onPick }: { label: string; notFound: string; onPick: (m: MemberRowView) => void }) {
  const [query, setQuery] = useState('');
  const { found, error } = useLatestSearch(
    query,
    (q) => call('member', 'member.list', { query: q }).then((v) => v.members.filter((m) => m.status === 'active')),
    {
      pauseMs: SEARCH_PAUSE_MS,
      clearWhenEmpty: true,
    },
  );
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      <Input className="input" value={query} placeholder="输入姓名或住址查找" maxlength={30} onInput={(e) => setQuery(e.detail.value)} />
      {error ? <View className="error-text">{error}</View> : null}
      {found && found.value.length === 0 ? (
        <View className="meta">
          没有找到“{found.q}”，{notFound}
        </View>
      ) : null}
      {found?.value.map((m) => (
        <View key={m.id} className="card section" onClick={() => onPick(m)}>
          <View className="card-title">{m.name}</View>
          <View className="meta">
            {m.address} · {m.roleLabel}
          </View>
        </View>
      ))}
    </View>
  );
}
