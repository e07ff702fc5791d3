import { normalizeRow } from '../../src/import/normalize-row';

test('empty CSV cells become null and true/false become booleans', () => {
  expect(normalizeRow('publishers', { id: 'p', name: 'P', isMicrosoft: 'TRUE' })).toEqual({ row: { id: 'p', name: 'P', isMicrosoft: true }, problems: [] });
  expect(normalizeRow('subscriptions', { id: 's', customerId: 'c', offerId: 'o', partnerId: 'p', providerId: '' }).row).toEqual({
    id: 's',
    customerId: 'c',
    offerId: 'o',
    partnerId: 'p',
    providerId: null,
    validFrom: null,
    validTo: null,
  });
});

test('a field the set does not have is a problem; values are left for the write rules', () => {
  expect(normalizeRow('customers', { id: 'c', name: 7, tier: 'gold' })).toEqual({
    row: { id: 'c', name: 7 },
    problems: [{ field: 'tier', reason: 'is not a field of customers' }],
  });
  expect(normalizeRow('customers', { $row: 'text' }).problems).toEqual([{ field: '(row)', reason: 'must be an object' }]);
});

test('text with a lone UTF-16 surrogate is a problem of its field; a surrogate pair is fine', () => {
  expect(normalizeRow('contacts', { id: 'c', ownerId: 'p', kind: 'SUPPORT_DESK', email: '\ud800' }).problems).toEqual([
    { field: 'email', reason: 'is not well-formed Unicode (it holds a lone surrogate)' },
  ]);
  expect(normalizeRow('customers', { id: 'x\udc00y', name: 'N' }).problems).toEqual([
    { field: 'id', reason: 'is not well-formed Unicode (it holds a lone surrogate)' },
  ]);
  expect(normalizeRow('customers', { id: 'c', name: 'Smile \ud83d\ude00' }).problems).toEqual([]);
});
