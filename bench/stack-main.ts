import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { listenBaseline, openBaselineDriver, scenarioAnswers, withMemory } from './baseline-server';
import { runMain } from './process-main';

/**
 * Baseline (d): the service's stack alone. Apollo Server behind Express, mounted as the service
 * mounts them (express.json, the Express integration), over a schema of one field whose resolver
 * runs the hand-written Cypher of each scenario in one read transaction and answers its records as
 * one JSON value: POST /graphql with `stackRequest` (scenarios.ts). None of the service's own
 * code: no schema of types to resolve, no plugins, no authentication, logging or metrics. Ours ÷
 * this is what the service's own code costs; this ÷ bare is what the chosen stack costs before any
 * of it.
 */
async function main(): Promise<void> {
  const driver = await openBaselineDriver();
  const answers = scenarioAnswers(driver);
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      answer: {
        type: GraphQLJSONObject,
        args: { scenario: { type: new GraphQLNonNull(GraphQLString) }, draw: { type: new GraphQLNonNull(GraphQLJSONObject) } },
        resolve: async (_root, args: { scenario: string; draw: Record<string, unknown> }) => {
          const records = answers.answer(args.scenario, args.draw);
          if (!records) throw new Error(`no scenario ${args.scenario}`);
          return { records: await records };
        },
      },
    },
  });
  const apollo = new ApolloServer({ schema: new GraphQLSchema({ query }) });
  await apollo.start();
  const app = express();
  app.get('/stats', (_req, res) => {
    res.json(withMemory({ statements: answers.statements() }));
  });
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await listenBaseline(driver, http.createServer(app));
}

runMain(main);
