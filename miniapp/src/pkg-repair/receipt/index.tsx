/** The e-receipt of a paid repair (R-FEE-02): the one receipt page of the app (srv-common/receipt). */
import { ReceiptPage } from '../../srv-common/receipt';

export default ReceiptPage;
