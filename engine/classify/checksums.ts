// Check-digit and validity rules for the identifier detectors.

/**
 * NPI: ten digits starting with 1 or 2, whose Luhn check over "80840" + the ten digits holds
 * (CMS NPI check digit, ISO/IEC 7812 prefix 80840).
 */
export function npiValid(npi: string): boolean {
  if (!/^[12]\d{9}$/.test(npi)) return false;
  const digits = '80840' + npi;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** DEA registrant-type first letters (A/B/F/G practitioners and hospitals, M mid-level, P-U distributors, X DATA waiver...). */
const DEA_FIRST = new Set('ABCDEFGHJKLMPRSTUX');

/**
 * DEA registration number: two letters (registrant type, then the registrant's last-name initial or
 * 9) and seven digits; (d1+d3+d5) + 2*(d2+d4+d6) must end in d7.
 */
export function deaValid(dea: string): boolean {
  const m = /^([A-Za-z])([A-Za-z9])(\d{7})$/.exec(dea);
  if (!m) return false;
  if (!DEA_FIRST.has(m[1]!.toUpperCase())) return false;
  return deaCheckDigitOk(m[3]!);
}

/** The DEA check-digit rule alone, over the seven digits. */
export function deaCheckDigitOk(digits: string): boolean {
  if (!/^\d{7}$/.test(digits)) return false;
  const d = (i: number): number => digits.charCodeAt(i) - 48;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}

/**
 * SSN validity (SSA): area not 000, 666 or 900-999; group not 00; serial not 0000.
 * Arguments are the three digit groups as strings.
 */
export function ssnValid(area: string, group: string, serial: string): boolean {
  if (!/^\d{3}$/.test(area) || !/^\d{2}$/.test(group) || !/^\d{4}$/.test(serial)) return false;
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00') return false;
  if (serial === '0000') return false;
  return true;
}
