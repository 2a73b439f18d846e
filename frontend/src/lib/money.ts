const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "£1,234.50" from integer pence (money is integer pence everywhere in the API). */
export function formatPence(pence: number | undefined | null): string {
  return pounds.format((pence ?? 0) / 100);
}

/** Integer pence from what a person typed in pounds ("12", "12.5", "£12.50"); undefined when it is not money. */
export function parsePounds(text: string): number | undefined {
  const match = /^£?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** "12.50" for an input holding pounds. */
export function penceToPounds(pence: number | undefined | null): string {
  return pence === undefined || pence === null ? '' : (pence / 100).toFixed(2);
}
