import { act, fireEvent } from "@testing-library/react";

/** Fires an event and lets the actions it starts (promises) finish inside act. */
export async function settle(fire: () => unknown): Promise<void> {
  await act(async () => {
    fire();
  });
}

export const click = (element: Element) => settle(() => fireEvent.click(element));
