// casebench-xls: runs freexl on one .xls file in its own process and writes what it reads to stdout as
// simple frames. freexl is C code parsing a hostile binary format; if a crafted file makes it misbehave,
// only this process dies and the import is refused with a message — the workbench and the case are
// never exposed. The process limits itself (memory, CPU, no file writes) before opening the file.
//
//   casebench-xls list FILE        sheet names:  'N' u16 len, bytes
//   casebench-xls sheet FILE INDEX rows:         'R' u32 row, u16 cells, then per cell
//                                                'n' | 'i' i32 | 'd' f64 | 't' u32 len, bytes
//   errors: 'E' i32 code (freexl's, or 1 for a password-protected workbook); always ends with 'Z'.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <freexl.h>

#include "../../common/helpermain.h"

using namespace cb::helper;

int main(int argc, char **argv)
{
    limitSelf(120);
    if (argc < 3 || (std::strcmp(argv[1], "list") != 0 && std::strcmp(argv[1], "sheet") != 0) ||
        (std::strcmp(argv[1], "sheet") == 0 && argc < 4)) {
        std::fputs("usage: casebench-xls list FILE | sheet FILE INDEX\n", stderr);
        return 64;
    }
    const void *h = nullptr;
    if (const int rc = freexl_open(argv[2], &h); rc != FREEXL_OK)
        error(rc);
    unsigned int info = 0;
    if (freexl_get_info(h, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        error(1);
    unsigned int sheets = 0;
    freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &sheets);
    if (std::strcmp(argv[1], "list") == 0) {
        for (unsigned int s = 0; s < sheets && s < 4096; ++s) {
            const char *name = nullptr;
            if (freexl_get_worksheet_name(h, static_cast<unsigned short>(s), &name) != FREEXL_OK || !name)
                name = "";
            const size_t len = std::strlen(name) < 65535 ? std::strlen(name) : 65535;
            put('N');
            put(static_cast<uint16_t>(len));
            put(name, len);
        }
        end(0);
    }
    const long index = std::strtol(argv[3], nullptr, 10);
    unsigned int rows = 0;
    unsigned short cols = 0;
    if (index < 0 || static_cast<unsigned long>(index) >= sheets ||
        freexl_select_active_worksheet(h, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK)
        error(FREEXL_BIFF_ILLEGAL_SHEET_INDEX);
    for (unsigned int r = 0; r < rows; ++r) {
        put('R');
        put(static_cast<uint32_t>(r + 1));
        put(static_cast<uint16_t>(cols));
        for (unsigned short c = 0; c < cols; ++c) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(h, r, c, &v) != FREEXL_OK) {
                put('n');
                continue;
            }
            switch (v.type) {
            case FREEXL_CELL_INT: put('i'); put(static_cast<int32_t>(v.value.int_value)); break;
            case FREEXL_CELL_DOUBLE: put('d'); put(v.value.double_value); break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                const char *t = v.value.text_value ? v.value.text_value : "";
                const size_t len = std::strlen(t) < 32767 ? std::strlen(t) : 32767;
                put('t');
                put(static_cast<uint32_t>(len));
                put(t, len);
                break;
            }
            default: put('n'); break;
            }
        }
    }
    freexl_close(h);
    end(0);
}
