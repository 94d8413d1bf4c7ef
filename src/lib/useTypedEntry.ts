import { useRef, useState } from 'react';

/**
 * For a box whose value applies as it is typed: the text being typed, the value the entry started
 * from, so an unusable entry goes back to it (not to "12", the prefix of "125"), and the rejected
 * text, whose note stands only while the kept value does (a preset changing it afterwards would
 * make it untrue).
 */
export function useTypedEntry<T>(value: T) {
  const before = useRef(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [rejected, setRejected] = useState<{ text: string; kept: T } | null>(null);
  return {
    /** The text in the box while typing; null when the box shows the value. */
    draft,
    type(text: string) {
      if (draft === null) before.current = value;
      setRejected(null);
      setDraft(text);
    },
    before: () => before.current,
    /** Typing ends; `rejectedText` when the entry was unusable and the value went back to `before()`. */
    finish(rejectedText: string | null = null) {
      setRejected(rejectedText === null ? null : { text: rejectedText, kept: before.current });
      setDraft(null);
    },
    note: rejected !== null && Object.is(rejected.kept, value) ? rejected.text : null,
  };
}
