/** The complaint shapes the owner's screens use, from the generated OpenAPI types (never hand-copied). */
import type { ResponseOf } from '../services/request';

export type MyComplaint = ResponseOf<'/me/complaints/{id}', 'get'>;
export type MyEnquiry = ResponseOf<'/me/enquiries/{id}', 'get'>;
export type FaqItem = ResponseOf<'/me/faq', 'get'>[number];
