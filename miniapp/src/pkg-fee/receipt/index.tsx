/** The e-receipt of a fee paid online or at the desk (R-FEE-02): the one receipt page of the app (srv-common/receipt). */
import { ReceiptPage } from '../../srv-common/receipt';

export default ReceiptPage;
