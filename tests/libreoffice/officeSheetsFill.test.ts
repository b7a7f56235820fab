// hgcs fill of the project's unfilled office workbooks, recomputed by LibreOffice.
import { describeCorpusRecalc } from "../testing/describeCorpusRecalc.js";
import { officeSheets } from "../testing/fixtures.js";

describeCorpusRecalc(officeSheets());
