// The project's own office workbooks (examples/office-sheets) against their hand-written expectations.
import { describeCorpus } from "../testing/describeCorpus.js";
import { officeSheets } from "../testing/fixtures.js";

describeCorpus(officeSheets());
