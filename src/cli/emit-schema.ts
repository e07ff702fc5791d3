import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';
import { printSchemaSdl } from '../schema/build-schema';

/** `npm run schema:emit`: writes schema/schema.graphql from the code. */
const file = path.join(projectRoot(), 'schema', 'schema.graphql');
fs.writeFileSync(file, printSchemaSdl());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
