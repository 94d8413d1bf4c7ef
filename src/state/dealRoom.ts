// The deal room's workshop state: open or not, the predict-then-reveal step, the rounds picked for
// comparison and what is being printed. None of it is in the link; rounds are saved scenarios.
import { create } from 'zustand';
import { combine } from 'zustand/middleware';

/** Rounds side by side in the debrief, at most. */
export const MAX_ROUNDS_COMPARED = 4;

export type DealPrint = 'heads' | 'cards' | null;

const initialDeal = () => ({
  open: false,
  /** The results are hidden while the room makes its predictions. */
  hidden: false,
  /** The room's guess at each partner's net position, £bn, as typed. */
  predictions: {} as Record<string, string>,
  /** Saved scenarios (rounds) picked for the comparison, in the order picked. */
  compared: [] as string[],
  printing: null as DealPrint,
});

export const useDealStore = create(
  combine(initialDeal(), (set, get) => ({
    setOpen: (open: boolean) => set({ open }),
    toggleOpen: () => set((s) => ({ open: !s.open })),
    /** Hides the results and clears the last predictions, ready for the room's guesses. */
    startPrediction: () => set({ hidden: true, predictions: {} }),
    reveal: () => set({ hidden: false }),
    predict: (partner: string, text: string) => set((s) => ({ predictions: { ...s.predictions, [partner]: text } })),
    /** Adds or removes a round; a fifth is refused (false). */
    toggleCompared: (id: string): boolean => {
      const { compared } = get();
      if (compared.includes(id)) {
        set({ compared: compared.filter((c) => c !== id) });
        return true;
      }
      if (compared.length >= MAX_ROUNDS_COMPARED) return false;
      set({ compared: [...compared, id] });
      return true;
    },
    setPrinting: (printing: DealPrint) => set({ printing }),
  })),
);

export const resetDealStore = () => useDealStore.setState(initialDeal());
