import { useRef, useState } from 'react';

/**
 * For a box whose value applies as it is typed: the value the entry started from, so an unusable
 * entry goes back to it (not to "12", the prefix of "125"), and the rejected text, whose note
 * stands only while the kept value does (a preset changing it afterwards would make it untrue).
 */
export function useTypedEntry<T>(value: T) {
  const before = useRef(value);
  const [rejected, setRejected] = useState<{ text: string; kept: T } | null>(null);
  return {
    /** On each keystroke; `first` when the box was showing the value rather than an entry. */
    typed(first: boolean) {
      if (first) before.current = value;
      setRejected(null);
    },
    before: () => before.current,
    /** The entry was unusable and the value went back to `before()`. */
    reject: (text: string) => setRejected({ text, kept: before.current }),
    clear: () => setRejected(null),
    note: rejected !== null && Object.is(rejected.kept, value) ? rejected.text : null,
  };
}
