import { Text, View } from '@tarojs/components';
import { termsIn } from '@shared/glossary';
import './TermNotes.css';

/**
 * The legal words `text` says (过半数, 以上, 公示期…), each explained on a line of its own right
 * below it. Printed rather than behind a tap: a screen reader reads it in order after the
 * sentence, large type only wraps it, and nothing waits on hover. Give it the words shown just
 * above, so what is explained is exactly what was said.
 */
export function TermNotes({ text }: { text: string }) {
  const terms = termsIn(text);
  if (terms.length === 0) return null;
  return (
    <View className="term-notes">
      {terms.map((t) => (
        <View key={t.term} className="meta term-note">
          <Text className="term-note-term">{t.term}</Text>：{t.note}
        </View>
      ))}
    </View>
  );
}
