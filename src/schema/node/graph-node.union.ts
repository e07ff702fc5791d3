import { createUnionType } from 'type-graphql';
import { resolveTaggedType } from '../common/typed';
import { SupportContact } from '../contact/support-contact.type';
import { Customer } from '../customer/customer.type';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Publisher } from '../publisher/publisher.type';
import { Subscription } from '../subscription/subscription.type';

// A union rather than Relay's `interface Node`: the contract fixes the interfaces each of these
// types implements, so none can gain one.
export const GraphNode = createUnionType({
  name: 'GraphNode',
  description: 'Any node with a global id: ids are unique across customers, partners, publishers, offers, subscriptions and contacts.',
  types: () => [Customer, Partner, Publisher, Offer, Subscription, SupportContact] as const,
  resolveType: resolveTaggedType,
});
