/** Listing pagination: page 1 lives at `base`, page n at `${base}${n}/`. */
export const PAGE_SIZE = 200;

export interface PageOf<T> {
  items: T[];
  current: number;
  last: number;
  prev: string | undefined;
  next: string | undefined;
}

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

export function pageOf<T>(all: readonly T[], current: number, base: string, pageBase = base): PageOf<T> {
  const last = pageCount(all.length);
  const href = (n: number): string => (n === 1 ? base : `${pageBase}${n}/`);
  return {
    items: all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
    current,
    last,
    prev: current > 1 ? href(current - 1) : undefined,
    next: current < last ? href(current + 1) : undefined,
  };
}
