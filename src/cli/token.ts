import { parseArgs } from 'node:util';
import { mintToken } from '../auth/mint-token';
import { isRole, Role } from '../auth/roles';
import { loadConfig } from '../config';

const USAGE = `usage: npm run token -- --role ROLE [--role ROLE…] [--partner ID | --publisher ID] [--subject S] [--ttl SECONDS]
Mints a Bearer token signed with AUTH_JWT_SECRET (with AUTH_ISSUER / AUTH_AUDIENCE when set), for trying roles in the IDE.
Roles: ${Object.values(Role).join(', ')}
Partner roles (GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT) need --partner, PUBLISHER_ADMIN needs --publisher,
PLATFORM_OPERATOR takes no organisation, ANALYST either (see docs/security.md, "Claims").`;

/** `npm run token`: prints a development token on stdout. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      partner: { type: 'string' },
      publisher: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const config = loadConfig();
  if (config.auth.mode !== 'jwt' || !config.auth.secret) {
    throw new Error('Set AUTH_JWT_SECRET (at least 32 bytes) to mint development tokens; the service verifies them with the same secret.');
  }
  const roles = values.role ?? [];
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length) throw new Error(`${unknown.length ? `Unknown role ${unknown.join(', ')}. ` : ''}${USAGE}`);
  const token = await mintToken({
    secret: config.auth.secret,
    subject: values.subject ?? `dev-${roles[0].toLowerCase()}${values.partner ? `@${values.partner}` : values.publisher ? `@${values.publisher}` : ''}`,
    roles: roles as Role[],
    partnerId: values.partner,
    publisherId: values.publisher,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ttlSeconds: values.ttl ? Number(values.ttl) : undefined,
    claims: config.auth.claims,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
