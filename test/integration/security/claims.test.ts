import { SignJWT } from 'jose';
import { HttpApp, startHttpApp } from '../../support/http-app';

// Issue 10, item 5: claims fail closed. Every token below is correctly signed, unexpired and for
// the right issuer and audience; only its claims are wrong, and each one is refused with 401.
const SECRET = 'claims-secret-claims-secret-claims-secret-0123';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'csp-support-graph';

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp({ AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
});
afterAll(async () => {
  await app.close();
});

/** Signs exactly these claims (plus issuer, audience, expiry); `sub` and `iat` as given. */
async function sign(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iat: now, sub: 'user-1', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(SECRET));
}

const ask = async (query: string, claims: Record<string, unknown>) => app.post({ query }, { authorization: `Bearer ${await sign(claims)}` });

const RULE = `mutation { setSupportRule(input: { offerCategory: FIRST_PARTY, issueType: OUTAGE, steps: [
  { role: PARTNER_OF_RECORD, duty: RESPONSIBLE, contactKinds: ["SUPPORT_DESK"], clauses: [PROGRAM_PRACTICE] },
  { role: INDIRECT_PROVIDER, duty: SHARED, contactKinds: ["SUPPORT_DESK"], clauses: [INDIRECT_MODEL] },
  { role: MICROSOFT, duty: PLATFORM, contactKinds: ["PARTNER_SUPPORT"], clauses: [PROGRAM_PRACTICE] } ] }) { issueType } }`;
const COUNT = '{ customers(first: 1) { totalCount } }';

const UNAUTHENTICATED = { message: 'Authentication required: send a valid Bearer token.', extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } };

const malformed: Array<[string, Record<string, unknown>]> = [
  ['GLOBAL_ADMIN with partnerId a list', { roles: ['GLOBAL_ADMIN'], partnerId: ['ptr-coho'] }],
  ['GLOBAL_ADMIN with partnerId a number', { roles: ['GLOBAL_ADMIN'], partnerId: 42 }],
  ['GLOBAL_ADMIN with partnerId empty', { roles: ['GLOBAL_ADMIN'], partnerId: '' }],
  ['GLOBAL_ADMIN with partnerId blank', { roles: ['GLOBAL_ADMIN'], partnerId: '  ' }],
  ['GLOBAL_ADMIN with partnerId null', { roles: ['GLOBAL_ADMIN'], partnerId: null }],
  ['GLOBAL_ADMIN with no organisation', { roles: ['GLOBAL_ADMIN'] }],
  ['ANALYST with partnerId a list', { roles: ['ANALYST'], partnerId: ['ptr-coho'] }],
  ['PUBLISHER_ADMIN with publisherId an object', { roles: ['PUBLISHER_ADMIN'], publisherId: { id: 'pub-litware' } }],
  ['PUBLISHER_ADMIN without publisherId', { roles: ['PUBLISHER_ADMIN'] }],
  ['both organisations', { roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho', publisherId: 'pub-litware' }],
  ['PLATFORM_OPERATOR with an organisation', { roles: ['PLATFORM_OPERATOR'], partnerId: 'ptr-coho' }],
  ['roles a number', { roles: 7, partnerId: 'ptr-coho' }],
  ['roles with a non-string', { roles: ['ADMIN_AGENT', 3], partnerId: 'ptr-coho' }],
  ['no known role', { roles: ['ROOT'], partnerId: 'ptr-coho' }],
  ['no roles claim', { partnerId: 'ptr-coho' }],
  ['an empty sub', { sub: '', roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho' }],
  ['a blank sub', { sub: '   ', roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho' }],
  ['a numeric sub', { sub: 12, roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho' }],
  ['an iat in the future', { iat: Math.floor(Date.now() / 1000) + 3600, roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho' }],
  ['an iat that is not a number', { iat: 'yesterday', roles: ['ADMIN_AGENT'], partnerId: 'ptr-coho' }],
];

describe('a malformed claim is 401, never the operator nor an unscoped analyst', () => {
  test.each(malformed)('%s', async (_name, claims) => {
    for (const query of [RULE, COUNT]) {
      const { status, body } = await ask(query, claims);
      expect(status).toBe(401);
      expect(body).toEqual({ errors: [UNAUTHENTICATED] });
    }
  });
});

test('the platform operator is an explicit role: PLATFORM_OPERATOR with no organisation', async () => {
  const operator = await ask('{ supportMatrix(issueType: OUTAGE) { issueType } }', { roles: ['PLATFORM_OPERATOR'] });
  expect(operator.status).toBe(200);
  expect(operator.body.errors).toBeUndefined();
  // A well-formed partner GLOBAL_ADMIN may not edit the matrix.
  const partner = await ask(RULE, { roles: ['GLOBAL_ADMIN'], partnerId: 'ptr-coho' });
  expect(partner.body.errors[0].extensions.code).toBe('FORBIDDEN');
});

test('a well-formed ANALYST with a partner sees that partner’s customers only; without one, all', async () => {
  const scoped = await ask(COUNT, { roles: ['ANALYST'], partnerId: 'ptr-coho' });
  const all = await ask(COUNT, { roles: ['ANALYST'] });
  expect(scoped.body.data.customers.totalCount).toBeLessThan(all.body.data.customers.totalCount);
});

test('roles as a space- or comma-separated string are read; unknown names beside known ones are ignored', async () => {
  for (const roles of ['ADMIN_AGENT', 'ADMIN_AGENT, SOMETHING_ELSE', 'SOMETHING_ELSE ADMIN_AGENT']) {
    const res = await ask(COUNT, { roles, partnerId: 'ptr-coho' });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  }
});
