import { describe, expect, it } from 'vitest';
import { deaCheckDigitOk, deaValid, npiValid, ssnValid } from '../../engine/classify/checksums.ts';
import { at, classifier, only } from './helpers.ts';

describe('check digits', () => {
  it('NPI: Luhn over 80840 + the number', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1245319599')).toBe(true);
    expect(npiValid('2125550006')).toBe(true);
    expect(npiValid('1234567890')).toBe(false); // wrong check digit
    expect(npiValid('1245319598')).toBe(false);
    expect(npiValid('3234567893')).toBe(false); // must start with 1 or 2
    expect(npiValid('123456789')).toBe(false);
  });
  it('NPI: every single-digit change of a valid number breaks the check', () => {
    const valid = '1245319599';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d < 10; d++) {
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        if (changed !== valid && /^[12]/.test(changed)) expect(npiValid(changed)).toBe(false);
      }
    }
  });
  it('DEA: (d1+d3+d5) + 2*(d2+d4+d6) ends in d7, first letter a registrant type', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('FN5623740')).toBe(true);
    expect(deaValid('A91234563')).toBe(true); // 9 as second character
    expect(deaValid('AB1234567')).toBe(false);
    expect(deaValid('ZZ1234563')).toBe(false); // Z is not a registrant type
    expect(deaCheckDigitOk('1234563')).toBe(true);
    expect(deaCheckDigitOk('1234564')).toBe(false);
  });
  it('SSN: rejects area 000, 666, 9xx, group 00, serial 0000', () => {
    expect(ssnValid('123', '45', '6789')).toBe(true);
    expect(ssnValid('000', '45', '6789')).toBe(false);
    expect(ssnValid('666', '45', '6789')).toBe(false);
    expect(ssnValid('900', '45', '6789')).toBe(false);
    expect(ssnValid('999', '45', '6789')).toBe(false);
    expect(ssnValid('123', '00', '6789')).toBe(false);
    expect(ssnValid('123', '45', '0000')).toBe(false);
  });
});

describe('ssn', () => {
  it.each([
    ['SSN 123-45-6789', '123-45-6789'],
    ['Patient 123-45-6789 called', '123-45-6789'],
    ['Social security number: 123456789', '123456789'],
    ['SSN is 123 45 6789.', '123 45 6789'],
    ['ＳＳＮ １２３-４５-６７８９', '１２３-４５-６７８９'],
  ])('%j', (text, value) => {
    expect(only(text, 'ssn')).toEqual([at(text, 'ssn', value)]);
  });
  it.each([
    '000-12-3456', '666-12-3456', '900-12-3456', '123-00-4567', '123-45-0000', 'SSN: 666123456',
    '123456789', 'Call 555-123-4567', 'Order 123-45-67890',
  ])('none in %j', (text) => {
    expect(only(text, 'ssn')).toEqual([]);
  });
});

describe('mrn', () => {
  it.each([
    ['MRN: 00123456', '00123456'],
    ['Medical record number 987654', '987654'],
    ['medical record # A1234567', 'A1234567'],
    ['Chart #A1234567', 'A1234567'],
    ['M.R.N. 55501234', '55501234'],
  ])('%j', (text, value) => {
    expect(only(text, 'mrn')).toEqual([at(text, 'mrn', value)]);
  });
  it.each(['Please update your chart before your visit', 'MRN pending', 'chart 12'])('none in %j', (text) => {
    expect(only(text, 'mrn')).toEqual([]);
  });
});

describe('dob', () => {
  it.each([
    ['DOB: 03/15/1980', '03/15/1980'],
    ['D.O.B. 3-15-80', '3-15-80'],
    ['date of birth March 3, 1980', 'March 3, 1980'],
    ['Born on 3/3/1980', '3/3/1980'],
    ['birthdate 1980-03-15', '1980-03-15'],
    ['Date of birth: 15 Mar 1980', '15 Mar 1980'],
  ])('%j', (text, value) => {
    expect(only(text, 'dob')).toEqual([at(text, 'dob', value)]);
  });
  it.each(['Your appointment is 03/15/2026', 'Born in 1980', 'Happy birthday from Riverside! See you 3/15.'])('none in %j', (text) => {
    expect(only(text, 'dob')).toEqual([]);
  });
});

describe('member_id', () => {
  it.each([
    ['Member ID: XYZ123456789', 'XYZ123456789'],
    ['subscriber ID W123456789', 'W123456789'],
    ['Policy number 55512345', '55512345'],
    ['Medicare number 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    ['Card shows 1EG4TE5MK73', '1EG4TE5MK73'],
  ])('%j', (text, value) => {
    expect(only(text, 'member_id')).toEqual([at(text, 'member_id', value)]);
  });
  it.each([
    'Medicare Part B covers this visit',
    'Member services: call us',
    'Per our cancellation policy 2024 update',
    'token 1eg4te5mk73',
    'Your activation code is 1EG4TE5MK73',
    'Member since 2019',
  ])('none in %j', (text) => {
    expect(only(text, 'member_id')).toEqual([]);
  });
});

describe('npi', () => {
  it.each([
    ['NPI 1234567893', '1234567893'],
    ['Dr. Smith (NPI: 2125550006)', '2125550006'],
    ['Prescriber 1245319599 signed', '1245319599'],
  ])('%j', (text, value) => {
    expect(only(text, 'npi')).toEqual([at(text, 'npi', value)]);
  });
  it.each([
    'NPI 1234567890', // bad check digit
    '2125550006', // valid Luhn, but also a valid NANP phone number and no NPI keyword
    'Call 1245319599',
    'Your order number is 1234567893',
    '(555) 123-4567',
    '5551234567',
  ])('none in %j', (text) => {
    expect(only(text, 'npi')).toEqual([]);
  });
});

describe('dea', () => {
  it.each([
    ['DEA AB1234563', 'AB1234563'],
    ['dea# ab1234563', 'ab1234563'],
    ['Prescriber FN5623740', 'FN5623740'],
  ])('%j', (text, value) => {
    expect(only(text, 'dea')).toEqual([at(text, 'dea', value)]);
  });
  it.each(['AB1234567', 'ZZ1234563', 'ref ab1234563', 'DEA AB12345634', 'Your confirmation code is AB1234563.'])('none in %j', (text) => {
    expect(only(text, 'dea')).toEqual([]);
  });
});

describe('identifier findings cover the value, not the keyword', () => {
  it('MRN', () => {
    const text = 'MRN 00123456, DOB 01/02/1990';
    expect(classifier.classifyText(text)).toEqual([at(text, 'mrn', '00123456'), at(text, 'dob', '01/02/1990')]);
  });
});
