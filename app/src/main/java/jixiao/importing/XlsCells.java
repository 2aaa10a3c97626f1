package jixiao.importing;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;

/** Counts the cells of an .xls by streaming its records, without building the workbook. */
final class XlsCells {

    private XlsCells() {
    }

    /** The number of cells, counting stopped just past {@code limit}. */
    static long count(POIFSFileSystem fs, long limit) throws IOException {
        long[] n = {0};
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(record -> {
            if (record instanceof MulRKRecord m) {
                n[0] += m.getNumColumns();
            } else if (record instanceof MulBlankRecord m) {
                n[0] += m.getNumColumns();
            } else if (record instanceof CellValueRecordInterface) {
                n[0]++;
            }
            if (n[0] > limit) {
                throw new Enough();
            }
        });
        try {
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (Enough e) {
            return n[0];
        }
        return n[0];
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
