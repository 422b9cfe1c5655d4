import { useEffect, useRef, useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberRowView } from '@shared/api/views';
import { call, errorText } from '../../api';

const SEARCH_PAUSE_MS = 500;

/**
 * Finds an active member by name or address as the committee types; a tap picks them. Kept in the
 * committee subpackage: only organiser pages search members, so residents never download it.
 */
export function MemberSearch({ label, notFound, onPick }: { label: string; notFound: string; onPick: (m: MemberRowView) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; members: MemberRowView[] } | null>(null);
  const [error, setError] = useState('');
  const latest = useRef('');
  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) return setFound(null);
    const timer = setTimeout(() => {
      call('member', 'member.list', { query: q }).then(
        (v) => {
          // Only the answer for what is in the box now may show.
          if (latest.current !== q) return;
          setError('');
          setFound({ q, members: v.members.filter((m) => m.status === 'active') });
        },
        (e: unknown) => latest.current === q && setError(errorText(e, '查找失败，请重试')),
      );
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      <Input className="input" value={query} placeholder="输入姓名或住址查找" maxlength={30} onInput={(e) => setQuery(e.detail.value)} />
      {error ? <View className="error-text">{error}</View> : null}
      {found && found.members.length === 0 ? (
        <View className="meta">
          没有找到“{found.q}”，{notFound}
        </View>
      ) : null}
      {found?.members.map((m) => (
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
