import { PartnerKind, SalesModel } from './enums';

/** A subscription is INDIRECT when its partner of record is a reseller, DIRECT otherwise. */
export function salesModelOf(partnerOfRecordKind: PartnerKind): SalesModel {
  return partnerOfRecordKind === PartnerKind.INDIRECT_RESELLER ? SalesModel.INDIRECT : SalesModel.DIRECT;
}
