import { useRef, useState } from 'react';

/**
 * The memory behind a box whose typed value applies as it is typed: the value the entry started
 * from, so an unusable entry goes back to it (not to "12", the prefix of "125"), and what was
 * rejected, so the box can say what happened. That note stands only while the kept value is still
 * in use: a preset or a link that changes the value afterwards would make it untrue.
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
    /** The value the entry started from. */
    before: () => before.current,
    /** The entry was left unusable and the value went back to `before()`. */
    reject: (text: string) => setRejected({ text, kept: before.current }),
    clear: () => setRejected(null),
    /** The rejected text while its note still holds, else null. */
    note: rejected !== null && Object.is(rejected.kept, value) ? rejected.text : null,
  };
}
