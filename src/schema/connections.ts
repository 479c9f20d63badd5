import { Agreement } from './agreement.type';
import { connectionOf } from './common/connection';
import { Company } from './company.type';
import { Country } from './country.type';
import { Deposit } from './deposit.type';
import { Facility } from './facility.type';
import { TradeDependence } from './trade-dependence.type';

export const DepositConnection = connectionOf(Deposit, 'Deposit', { distance: true });
export const FacilityConnection = connectionOf(Facility, 'Facility', { distance: true });
export const CompanyConnection = connectionOf(Company, 'Company');
export const AgreementConnection = connectionOf(Agreement, 'Agreement');
export const CountryConnection = connectionOf(Country, 'Country');
export const TradeDependenceConnection = connectionOf(TradeDependence, 'TradeDependence');
