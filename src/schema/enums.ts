import { registerEnumType } from 'type-graphql';
import { IssueType, OfferCategory, PartnerKind, ResourceKind, SalesModel, SupportDuty, SupportRole } from '../domain/enums';

registerEnumType(IssueType, { name: 'IssueType', description: 'The kind of question a customer raises.' });
registerEnumType(SupportRole, {
  name: 'SupportRole',
  description: 'Which party of a subscription a support step binds to.',
});
registerEnumType(SupportDuty, {
  name: 'SupportDuty',
  description: 'What a party does with an issue at its step.',
  valuesConfig: {
    FIRST_CONTACT: { description: 'Takes the question and may route it.' },
    RESPONSIBLE: { description: 'Owns the answer.' },
    SHARED: { description: "Shares the partner's duty (indirect model)." },
    PLATFORM: { description: 'Supports the partner or ISV behind the scenes, never the customer directly.' },
  },
});
registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(SalesModel, { name: 'SalesModel' });
registerEnumType(OfferCategory, {
  name: 'OfferCategory',
  description: 'THIRD_PARTY: published by an ISV. FIRST_PARTY: published by Microsoft.',
});

registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'What an ISV gives partners for an offer.' });

export { IssueType, OfferCategory, PartnerKind, ResourceKind, SalesModel, SupportDuty, SupportRole };
