/** The weights of the CVR number's modulus-11 check (Erhvervsstyrelsen). */
const weights = [2, 7, 6, 5, 4, 3, 2, 1];

/** A CVR number is 8 digits, not starting with 0, whose weighted digit sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9][0-9]{7}$/.test(cvr)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(cvr[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}
