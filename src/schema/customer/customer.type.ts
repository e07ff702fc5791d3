import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';

@ObjectType({ description: 'An organisation (a tenant) that buys cloud products through the CSP program.' })
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

export const CustomerConnection = ConnectionType(Customer, 'Customer');
