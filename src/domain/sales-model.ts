import { PartnerKind, SalesModel } from './enums';

/** A subscription is INDIRECT when its partner of record is a reseller, DIRECT otherwise. */
export function salesModelOf(partnerOfRecordKind: PartnerKind): SalesModel {
  return partnerOfRecordKind === PartnerKind.INDIRECT_RESELLER ? SalesModel.INDIRECT : SalesModel.DIRECT;
}

/** The kinds of partner of record whose subscriptions have this sales model (the inverse of salesModelOf). */
export function partnerKindsOf(salesModel: SalesModel): PartnerKind[] {
  return Object.values(PartnerKind).filter((kind) => salesModelOf(kind) === salesModel);
}
