/** The key-customer screens' types, from the API's OpenAPI document. */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type KeyCustomer = S['KeyCustomerDto'];
export type Communication = S['CommunicationDto'];
export type CommunicationPrint = S['CommunicationPrintDto'];
export type GreetingBoard = S['GreetingBoardDto'];
export type Greeting = S['GreetingDto'];
