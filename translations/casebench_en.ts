<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Open Case</source>
        <translation>Open Case</translation>
    </message>
</context>
<context>
    <name>cb::Diagnostics</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the statement&apos;s account is missing</source>
        <translation>the statement&apos;s account is missing</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>unknown currency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the subscriber number &quot;%1&quot; is missing or unusable</source>
        <translation>the subscriber number &quot;%1&quot; is missing or unusable</translation>
    </message>
    <message>
        <source>the cell id is missing</source>
        <translation>the cell id is missing</translation>
    </message>
    <message>
        <source>%1 preamble lines before the header were not imported as data</source>
        <translation>%1 preamble lines before the header were not imported as data</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced</source>
        <translation>some bytes are not valid %1 and were replaced</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>the file has a header but no data rows</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>the file has no data rows</translation>
    </message>
    <message>
        <source>the header required by the chosen profile was not found</source>
        <translation>the header required by the chosen profile was not found</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>a file with the same SHA-256 is already in the case (use --force to import it again)</source>
        <translation>a file with the same SHA-256 is already in the case (use --force to import it again)</translation>
    </message>
    <message>
        <source>the file is binary and no importer recognises its content</source>
        <translation>the file is binary and no importer recognises its content</translation>
    </message>
    <message>
        <source>the format was not recognised (it is not text of a known layout)</source>
        <translation>the format was not recognised (it is not text of a known layout)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unknown time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot write to the case: %1</source>
        <translation>cannot write to the case: %1</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>no row could be imported</translation>
    </message>
    <message>
        <source>the file names its owner as &quot;%1&quot;; &quot;%2&quot; was given and is used</source>
        <translation>the file names its owner as &quot;%1&quot;; &quot;%2&quot; was given and is used</translation>
    </message>
    <message>
        <source>the file does not say whose account this statement is (pass the account number with --account)</source>
        <translation>the file does not say whose account this statement is (pass the account number with --account)</translation>
    </message>
    <message>
        <source>the file has no currency column (pass --currency)</source>
        <translation>the file has no currency column (pass --currency)</translation>
    </message>
    <message>
        <source>the file does not say whose call records these are (pass the target number with --subscriber)</source>
        <translation>the file does not say whose call records these are (pass the target number with --subscriber)</translation>
    </message>
    <message>
        <source>the date/time is missing</source>
        <translation>the date/time is missing</translation>
    </message>
    <message>
        <source>cannot read the date/time &quot;%1&quot;</source>
        <translation>cannot read the date/time &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>the %1 is empty</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has more decimals than %3 allows</source>
        <translation>the %1 &quot;%2&quot; has more decimals than %3 allows</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is too large</source>
        <translation>the %1 &quot;%2&quot; is too large</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number</source>
        <translation>the %1 &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file (truncated file?)</source>
        <translation>a quoted field is not closed before the end of the file (truncated file?)</translation>
    </message>
    <message>
        <source>repeated header line</source>
        <translation>repeated header line</translation>
    </message>
    <message>
        <source>summary or footer line</source>
        <translation>summary or footer line</translation>
    </message>
    <message>
        <source>the row has %1 fields; the layout needs %2</source>
        <translation>the row has %1 fields; the layout needs %2</translation>
    </message>
    <message>
        <source>the row is marked neither income nor expense</source>
        <translation>the row is marked neither income nor expense</translation>
    </message>
    <message>
        <source>the row is marked neither income nor expense (&quot;%1&quot;)</source>
        <translation>the row is marked neither income nor expense (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unknown debit/credit mark &quot;%1&quot;</source>
        <translation>unknown debit/credit mark &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the row has no amount</source>
        <translation>the row has no amount</translation>
    </message>
    <message>
        <source>the balance &quot;%1&quot; is not a number and was ignored</source>
        <translation>the balance &quot;%1&quot; is not a number and was ignored</translation>
    </message>
    <message>
        <source>unknown interaction type &quot;%1&quot;</source>
        <translation>unknown interaction type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown call direction &quot;%1&quot;</source>
        <translation>unknown call direction &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the coordinates &quot;%1&quot;, &quot;%2&quot; are not a valid latitude/longitude</source>
        <translation>the coordinates &quot;%1&quot;, &quot;%2&quot; are not a valid latitude/longitude</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>the file is binary, not text</translation>
    </message>
    <message>
        <source>the contact has neither a name nor a usable number</source>
        <translation>the contact has neither a name nor a usable number</translation>
    </message>
    <message>
        <source>a record is longer than 32 million characters: this is not delimited text</source>
        <translation>a record is longer than 32 million characters: this is not delimited text</translation>
    </message>
    <message>
        <source>cannot read the %1 balance &quot;%2&quot;</source>
        <translation>cannot read the %1 balance &quot;%2&quot;</translation>
    </message>
    <message>
        <source>malformed :61: statement line &quot;%1&quot;</source>
        <translation>malformed :61: statement line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot;</source>
        <translation>invalid value date &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid entry date &quot;%1&quot;</source>
        <translation>invalid entry date &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the statement has no currency (no :60F: balance)</source>
        <translation>the statement has no currency (no :60F: balance)</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>the amount &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>reversal entry (%1)</source>
        <translation>reversal entry (%1)</translation>
    </message>
    <message>
        <source>the report states %1 entries totalling %2; %3 entries totalling %4 were read</source>
        <translation>the report states %1 entries totalling %2; %3 entries totalling %4 were read</translation>
    </message>
    <message>
        <source>a line is longer than 16 million characters: this is not an MT940 file</source>
        <translation>a line is longer than 16 million characters: this is not an MT940 file</translation>
    </message>
    <message>
        <source>no statement (:20:) found</source>
        <translation>no statement (:20:) found</translation>
    </message>
    <message>
        <source>the QIF file is larger than 512 MB</source>
        <translation>the QIF file is larger than 512 MB</translation>
    </message>
    <message>
        <source>%1 record: not a bank, cash or card movement</source>
        <translation>%1 record: not a bank, cash or card movement</translation>
    </message>
    <message>
        <source>the QIF file does not name its account (pass --account)</source>
        <translation>the QIF file does not name its account (pass --account)</translation>
    </message>
    <message>
        <source>QIF files carry no currency (pass --currency)</source>
        <translation>QIF files carry no currency (pass --currency)</translation>
    </message>
    <message>
        <source>investment trade %1: not a cash movement</source>
        <translation>investment trade %1: not a cash movement</translation>
    </message>
    <message>
        <source>the OFX file is larger than 256 MB</source>
        <translation>the OFX file is larger than 256 MB</translation>
    </message>
    <message>
        <source>no &lt;OFX&gt; element found</source>
        <translation>no &lt;OFX&gt; element found</translation>
    </message>
    <message>
        <source>no statement (STMTRS, CCSTMTRS or INVSTMTRS) found</source>
        <translation>no statement (STMTRS, CCSTMTRS or INVSTMTRS) found</translation>
    </message>
    <message>
        <source>statement %1 is marked as a duplicate (%2) of one the bank delivered before</source>
        <translation>statement %1 is marked as a duplicate (%2) of one the bank delivered before</translation>
    </message>
    <message>
        <source>statement %1 is marked as a copy (COPY)</source>
        <translation>statement %1 is marked as a copy (COPY)</translation>
    </message>
    <message>
        <source>the %1 balance is in %2 but the statement is in %3: it cannot be checked</source>
        <translation>the %1 balance is in %2 but the statement is in %3: it cannot be checked</translation>
    </message>
    <message>
        <source>%1 entries in currencies other than the statement&apos;s %2 are not part of its balance check</source>
        <translation>%1 entries in currencies other than the statement&apos;s %2 are not part of its balance check</translation>
    </message>
    <message>
        <source>the statement states %1 entries; %2 were read</source>
        <translation>the statement states %1 entries; %2 were read</translation>
    </message>
    <message>
        <source>a text value longer than %1 characters was cut</source>
        <translation>a text value longer than %1 characters was cut</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>XML error: %1</translation>
    </message>
    <message>
        <source>the XML is not well-formed</source>
        <translation>the XML is not well-formed</translation>
    </message>
    <message>
        <source>the file declares a DTD; camt messages never do, so it is refused</source>
        <translation>the file declares a DTD; camt messages never do, so it is refused</translation>
    </message>
    <message>
        <source>root element %1, namespace &quot;%2&quot;</source>
        <translation>root element %1, namespace &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 document</source>
        <translation>not a camt.052/053/054 document</translation>
    </message>
    <message>
        <source>the file uses an undeclared entity</source>
        <translation>the file uses an undeclared entity</translation>
    </message>
    <message>
        <source>no statement, report or notification (Stmt/Rpt/Ntfctn) found</source>
        <translation>no statement, report or notification (Stmt/Rpt/Ntfctn) found</translation>
    </message>
    <message>
        <source>the amount %1 %2 is more precise than the currency&apos;s minor unit: kept exactly, rounded for totals</source>
        <translation>the amount %1 %2 is more precise than the currency&apos;s minor unit: kept exactly, rounded for totals</translation>
    </message>
    <message>
        <source>entry status %1: not booked, so not part of the balance</source>
        <translation>entry status %1: not booked, so not part of the balance</translation>
    </message>
    <message>
        <source>the credit/debit indicator &quot;%1&quot; is neither CRDT nor DBIT</source>
        <translation>the credit/debit indicator &quot;%1&quot; is neither CRDT nor DBIT</translation>
    </message>
    <message>
        <source>the entry has no currency</source>
        <translation>the entry has no currency</translation>
    </message>
    <message>
        <source>the entry has no valid booking or value date (&quot;%1&quot;)</source>
        <translation>the entry has no valid booking or value date (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>batched entry of %1 transactions: one row per transaction detail</source>
        <translation>batched entry of %1 transactions: one row per transaction detail</translation>
    </message>
    <message>
        <source>the %1 transaction details of this entry carry no amounts of their own; imported as one entry</source>
        <translation>the %1 transaction details of this entry carry no amounts of their own; imported as one entry</translation>
    </message>
    <message>
        <source>the %1 transaction details of this entry do not add up to its amount; imported as one entry</source>
        <translation>the %1 transaction details of this entry do not add up to its amount; imported as one entry</translation>
    </message>
    <message>
        <source>batched entry of %1 transactions without details</source>
        <translation>batched entry of %1 transactions without details</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>the archive holds no files</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or not a ZIP archive</source>
        <translation>the ZIP archive is damaged or not a ZIP archive</translation>
    </message>
    <message>
        <source>the ZIP archive has more members than Casebench reads (100,000)</source>
        <translation>the ZIP archive has more members than Casebench reads (100,000)</translation>
    </message>
    <message>
        <source>the member&apos;s name is an absolute path</source>
        <translation>the member&apos;s name is an absolute path</translation>
    </message>
    <message>
        <source>the member&apos;s name climbs out of the archive (&quot;..&quot;)</source>
        <translation>the member&apos;s name climbs out of the archive (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>the member&apos;s name contains control characters</source>
        <translation>the member&apos;s name contains control characters</translation>
    </message>
    <message>
        <source>the ZIP archive would expand to more than 4 GiB: refused as a possible zip bomb</source>
        <translation>the ZIP archive would expand to more than 4 GiB: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>the member is encrypted</source>
        <translation>the member is encrypted</translation>
    </message>
    <message>
        <source>the member would expand to %1 bytes, more than Casebench reads from one member</source>
        <translation>the member would expand to %1 bytes, more than Casebench reads from one member</translation>
    </message>
    <message>
        <source>the member is compressed more than %1:1: refused as a possible zip bomb</source>
        <translation>the member is compressed more than %1:1: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>the member is larger than this reader accepts</source>
        <translation>the member is larger than this reader accepts</translation>
    </message>
    <message>
        <source>the member cannot be decompressed</source>
        <translation>the member cannot be decompressed</translation>
    </message>
    <message>
        <source>the member is damaged (its data does not match its directory entry)</source>
        <translation>the member is damaged (its data does not match its directory entry)</translation>
    </message>
    <message>
        <source>the workbook is larger than 512 MB</source>
        <translation>the workbook is larger than 512 MB</translation>
    </message>
    <message>
        <source>cannot make a private copy of the workbook</source>
        <translation>cannot make a private copy of the workbook</translation>
    </message>
    <message>
        <source>sheet %1 has no known layout and was not imported</source>
        <translation>sheet %1 has no known layout and was not imported</translation>
    </message>
    <message>
        <source>%1 numeric cells have more than 15 digits: the spreadsheet stored them as floating point, so digits after the 15th (e.g. of card numbers) may be wrong; ask for a text export</source>
        <translation>%1 numeric cells have more than 15 digits: the spreadsheet stored them as floating point, so digits after the 15th (e.g. of card numbers) may be wrong; ask for a text export</translation>
    </message>
    <message>
        <source>the workbook has no data rows</source>
        <translation>the workbook has no data rows</translation>
    </message>
    <message>
        <source>not an Excel 97-2003 (.xls) workbook, or a version freexl cannot read</source>
        <translation>not an Excel 97-2003 (.xls) workbook, or a version freexl cannot read</translation>
    </message>
    <message>
        <source>the .xls workbook is damaged and cannot be read</source>
        <translation>the .xls workbook is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in the bank&apos;s software with the password and export it again</source>
        <translation>the workbook is password-protected; open it in the bank&apos;s software with the password and export it again</translation>
    </message>
    <message>
        <source>the .xlsx workbook is damaged and cannot be read</source>
        <translation>the .xlsx workbook is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the PDF is larger than 256 MB</source>
        <translation>the PDF is larger than 256 MB</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>the PDF is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the PDF is encrypted: give its password (--password) to import it</source>
        <translation>the PDF is encrypted: give its password (--password) to import it</translation>
    </message>
    <message>
        <source>the password given does not open this PDF</source>
        <translation>the password given does not open this PDF</translation>
    </message>
    <message>
        <source>the PDF has more than 5,000 pages</source>
        <translation>the PDF has more than 5,000 pages</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image): run OCR on it first, or ask the bank for a text PDF or CSV</source>
        <translation>the PDF has no text layer (a scanned image): run OCR on it first, or ask the bank for a text PDF or CSV</translation>
    </message>
    <message>
        <source>no table header was found in the PDF</source>
        <translation>no table header was found in the PDF</translation>
    </message>
    <message>
        <source>credit-card statement (it mentions &quot;%1&quot;): charges are money out of the card account, payments and refunds money in</source>
        <translation>credit-card statement (it mentions &quot;%1&quot;): charges are money out of the card account, payments and refunds money in</translation>
    </message>
    <message>
        <source>not a transaction row: &quot;%1&quot;</source>
        <translation>not a transaction row: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the .xls reader stopped on this file: it is damaged or crafted</source>
        <translation>the .xls reader stopped on this file: it is damaged or crafted</translation>
    </message>
    <message>
        <source>the .xls reader (casebench-xls) could not be started</source>
        <translation>the .xls reader (casebench-xls) could not be started</translation>
    </message>
    <message>
        <source>%1 rows are already in the case from source #%2 (%3): linked to them as duplicates and counted once</source>
        <translation>%1 rows are already in the case from source #%2 (%3): linked to them as duplicates and counted once</translation>
    </message>
    <message>
        <source>the file states %1 records; %2 were read</source>
        <translation>the file states %1 records; %2 were read</translation>
    </message>
    <message>
        <source>account %1 (%2) has no statement row in the case from %3 to %4: a statement is missing, or the account was idle</source>
        <translation>account %1 (%2) has no statement row in the case from %3 to %4: a statement is missing, or the account was idle</translation>
    </message>
    <message>
        <source>the PDF is incomplete: it does not end with %%EOF (a cut download or copy?)</source>
        <translation>the PDF is incomplete: it does not end with %%EOF (a cut download or copy?)</translation>
    </message>
    <message>
        <source>no importer recognises this file</source>
        <translation>no importer recognises this file</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>the folder holds no files</translation>
    </message>
    <message>
        <source>the database&apos;s companion file %1 cannot be read or is larger than 1 GiB</source>
        <translation>the database&apos;s companion file %1 cannot be read or is larger than 1 GiB</translation>
    </message>
    <message>
        <source>the call time &quot;%1&quot; is not a plausible date</source>
        <translation>the call time &quot;%1&quot; is not a plausible date</translation>
    </message>
    <message>
        <source>the message time &quot;%1&quot; is not a plausible date</source>
        <translation>the message time &quot;%1&quot; is not a plausible date</translation>
    </message>
    <message>
        <source>the file declares a DTD or uses an entity; backup files never do, so it is refused</source>
        <translation>the file declares a DTD or uses an entity; backup files never do, so it is refused</translation>
    </message>
    <message>
        <source>%1 unpaired UTF-16 surrogate references were replaced by U+FFFD</source>
        <translation>%1 unpaired UTF-16 surrogate references were replaced by U+FFFD</translation>
    </message>
    <message>
        <source>the file says it holds %1 records, but %2 were read</source>
        <translation>the file says it holds %1 records, but %2 were read</translation>
    </message>
    <message>
        <source>the contact&apos;s name row (its name is kept with its numbers)</source>
        <translation>the contact&apos;s name row (its name is kept with its numbers)</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>the database cannot be read: it is damaged, encrypted or not a SQLite database</source>
        <translation>the database cannot be read: it is damaged, encrypted or not a SQLite database</translation>
    </message>
    <message>
        <source>tables in the database: %1</source>
        <translation>tables in the database: %1</translation>
    </message>
    <message>
        <source>the database holds none of the call-log, message or contact tables Casebench reads</source>
        <translation>the database holds none of the call-log, message or contact tables Casebench reads</translation>
    </message>
    <message>
        <source>the database could not be read to the end (damaged or truncated)</source>
        <translation>the database could not be read to the end (damaged or truncated)</translation>
    </message>
    <message>
        <source>the write-ahead log was read: %1 rows exist only there</source>
        <translation>the write-ahead log was read: %1 rows exist only there</translation>
    </message>
    <message>
        <source>the report ends early: the file is truncated</source>
        <translation>the report ends early: the file is truncated</translation>
    </message>
    <message>
        <source>the archive holds no report.xml: not a UFDR</source>
        <translation>the archive holds no report.xml: not a UFDR</translation>
    </message>
    <message>
        <source>the report ends early: report.xml is truncated</source>
        <translation>the report ends early: report.xml is truncated</translation>
    </message>
    <message>
        <source>the location has no usable time or coordinates</source>
        <translation>the location has no usable time or coordinates</translation>
    </message>
    <message>
        <source>the report&apos;s XML is not well-formed</source>
        <translation>the report&apos;s XML is not well-formed</translation>
    </message>
    <message>
        <source>the report declares a DTD or uses an entity; UFED reports never do, so it is refused</source>
        <translation>the report declares a DTD or uses an entity; UFED reports never do, so it is refused</translation>
    </message>
    <message>
        <source>the report nests elements deeper than any UFED report does</source>
        <translation>the report nests elements deeper than any UFED report does</translation>
    </message>
    <message>
        <source>not a UFED report (the root element is not &lt;project&gt;)</source>
        <translation>not a UFED report (the root element is not &lt;project&gt;)</translation>
    </message>
    <message>
        <source>the report nests models deeper than any UFED report does</source>
        <translation>the report nests models deeper than any UFED report does</translation>
    </message>
    <message>
        <source>the export could not be written: %1</source>
        <translation>the export could not be written: %1</translation>
    </message>
    <message>
        <source>a justification is required: say why</source>
        <translation>a justification is required: say why</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 100</source>
        <translation>the confidence must be between 0 and 100</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>there is no entity %1</translation>
    </message>
    <message>
        <source>no entity has the identifier &quot;%1&quot;</source>
        <translation>no entity has the identifier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both entities must exist</source>
        <translation>both entities must exist</translation>
    </message>
    <message>
        <source>the two entities are already one (merged or identical)</source>
        <translation>the two entities are already one (merged or identical)</translation>
    </message>
    <message>
        <source>%1 is not a device</source>
        <translation>%1 is not a device</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 is not a phone number</translation>
    </message>
    <message>
        <source>%1 is already marked as the device&apos;s owner</source>
        <translation>%1 is already marked as the device&apos;s owner</translation>
    </message>
    <message>
        <source>there is no merge or owner mark %1</source>
        <translation>there is no merge or owner mark %1</translation>
    </message>
    <message>
        <source>link %1 was already undone</source>
        <translation>link %1 was already undone</translation>
    </message>
    <message>
        <source>both lines were used in the same handset %1</source>
        <translation>both lines were used in the same handset %1</translation>
    </message>
    <message>
        <source>the same name &quot;%1&quot;</source>
        <translation>the same name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 shared contact(s), e.g. %2</source>
        <translation>%1 shared contact(s), e.g. %2</translation>
    </message>
    <message>
        <source>the call names no caller and fewer than two participants</source>
        <translation>the call names no caller and fewer than two participants</translation>
    </message>
    <message>
        <source>the call&apos;s %1 is not a phone or app account with a number</source>
        <translation>the call&apos;s %1 is not a phone or app account with a number</translation>
    </message>
    <message>
        <source>the JSON-LD file is larger than 512 MiB, the most Casebench reads in one piece</source>
        <translation>the JSON-LD file is larger than 512 MiB, the most Casebench reads in one piece</translation>
    </message>
    <message>
        <source>the file describes %1 devices, so its records are not attributed to a seized device</source>
        <translation>the file describes %1 devices, so its records are not attributed to a seized device</translation>
    </message>
    <message>
        <source>objects read only where others refer to them (accounts, applications, devices, places): %1</source>
        <translation>objects read only where others refer to them (accounts, applications, devices, places): %1</translation>
    </message>
    <message>
        <source>the JSON-LD nests objects too deeply to be a forensic export</source>
        <translation>the JSON-LD nests objects too deeply to be a forensic export</translation>
    </message>
    <message>
        <source>a JSON-LD value is a list inside a list</source>
        <translation>a JSON-LD value is a list inside a list</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>the file is not valid JSON</translation>
    </message>
    <message>
        <source>the report file is larger than 256 MiB</source>
        <translation>the report file is larger than 256 MiB</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columns: %1</translation>
    </message>
    <message>
        <source>the report&apos;s columns are not an artifact Casebench imports (call logs, messages, contacts)</source>
        <translation>the report&apos;s columns are not an artifact Casebench imports (call logs, messages, contacts)</translation>
    </message>
    <message>
        <source>the account has no user name or number</source>
        <translation>the account has no user name or number</translation>
    </message>
    <message>
        <source>cell %1 has the LAC-CI of another network&apos;s cell already in the case; records giving only %2 stay joined to that one</source>
        <translation>cell %1 has the LAC-CI of another network&apos;s cell already in the case; records giving only %2 stay joined to that one</translation>
    </message>
    <message>
        <source>a line stating the statement&apos;s balance or period, not a movement</source>
        <translation>a line stating the statement&apos;s balance or period, not a movement</translation>
    </message>
    <message>
        <source>cannot read the stated amount &quot;%1&quot;</source>
        <translation>cannot read the stated amount &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the statement states credits of %1 %2; the credits imported add up to %3</source>
        <translation>the statement states credits of %1 %2; the credits imported add up to %3</translation>
    </message>
    <message>
        <source>the statement states debits of %1 %2; the debits imported add up to %3</source>
        <translation>the statement states debits of %1 %2; the debits imported add up to %3</translation>
    </message>
    <message>
        <source>account %1 (%2): the case holds no movements of this account yet to check its %3 stated balances against</source>
        <translation>account %1 (%2): the case holds no movements of this account yet to check its %3 stated balances against</translation>
    </message>
    <message>
        <source>account %1 (%2): the stated balance moves by %3 from %4 to %5 (%8), but the %6 movements the case holds then add up to %7: movements are missing from the case, or extra</source>
        <translation>account %1 (%2): the stated balance moves by %3 from %4 to %5 (%8), but the %6 movements the case holds then add up to %7: movements are missing from the case, or extra</translation>
    </message>
    <message>
        <source>the row states no balance</source>
        <translation>the row states no balance</translation>
    </message>
    <message>
        <source>account %1 (%2): two balances are stated for %3: %4 (%5) and %6 (%7)</source>
        <translation>account %1 (%2): two balances are stated for %3: %4 (%5) and %6 (%7)</translation>
    </message>
    <message>
        <source>the PDF reader (casebench-pdf) could not be started</source>
        <translation>the PDF reader (casebench-pdf) could not be started</translation>
    </message>
    <message>
        <source>the PDF reader stopped on this file: it is damaged or crafted</source>
        <translation>the PDF reader stopped on this file: it is damaged or crafted</translation>
    </message>
    <message>
        <source>the PDF holds more text than any statement (over 20 million words)</source>
        <translation>the PDF holds more text than any statement (over 20 million words)</translation>
    </message>
    <message>
        <source>no record or entity is &quot;%1&quot;</source>
        <translation>no record or entity is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>notes and tags attach to entities and records, not to &quot;%1&quot;</source>
        <translation>notes and tags attach to entities and records, not to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no such record or entity (%1)</source>
        <translation>there is no such record or entity (%1)</translation>
    </message>
    <message>
        <source>the entity already has the role %1</source>
        <translation>the entity already has the role %1</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>a note needs text</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>there is no note %1</translation>
    </message>
    <message>
        <source>a tag is a word or short phrase (1 to 100 characters)</source>
        <translation>a tag is a word or short phrase (1 to 100 characters)</translation>
    </message>
    <message>
        <source>already tagged &quot;%1&quot;</source>
        <translation>already tagged &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not tagged &quot;%1&quot;</source>
        <translation>not tagged &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown mapping profile &quot;%1&quot;</source>
        <translation>unknown mapping profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a lead needs a summary</source>
        <translation>a lead needs a summary</translation>
    </message>
    <message>
        <source>there is no lead %1</source>
        <translation>there is no lead %1</translation>
    </message>
    <message>
        <source>the lead is already %1</source>
        <translation>the lead is already %1</translation>
    </message>
    <message>
        <source>an event needs a text</source>
        <translation>an event needs a text</translation>
    </message>
    <message>
        <source>audit entry %1 bound the case&apos;s facts as if it were being upgraded, but entry %2 had bound them already: the case&apos;s integrity marker was removed</source>
        <translation>audit entry %1 bound the case&apos;s facts as if it were being upgraded, but entry %2 had bound them already: the case&apos;s integrity marker was removed</translation>
    </message>
    <message>
        <source>%1: the preserved bytes do not match the SHA-256 %2 bound at import</source>
        <translation>%1: the preserved bytes do not match the SHA-256 %2 bound at import</translation>
    </message>
    <message>
        <source>%1: no audit entry binds this source: it was not added by an import</source>
        <translation>%1: no audit entry binds this source: it was not added by an import</translation>
    </message>
    <message>
        <source>%1: the recorded SHA-256 or size was changed after audit entry %2 bound them (bound: %3, %4 bytes)</source>
        <translation>%1: the recorded SHA-256 or size was changed after audit entry %2 bound them (bound: %3, %4 bytes)</translation>
    </message>
    <message>
        <source>%1: the source audit entry %2 bound (SHA-256 %3) is missing from the case</source>
        <translation>%1: the source audit entry %2 bound (SHA-256 %3) is missing from the case</translation>
    </message>
    <message>
        <source>%1 row %2 (%3, %4) has no digest: no import wrote it</source>
        <translation>%1 row %2 (%3, %4) has no digest: no import wrote it</translation>
    </message>
    <message>
        <source>%1 row %2 (%3, %4) was changed after its import</source>
        <translation>%1 row %2 (%3, %4) was changed after its import</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 rows of this source, audit entry %4 bound %5 (rows were added or removed)</source>
        <translation>%1: %2 holds %3 rows of this source, audit entry %4 bound %5 (rows were added or removed)</translation>
    </message>
    <message>
        <source>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed and its digest rewritten)</source>
        <translation>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed and its digest rewritten)</translation>
    </message>
    <message>
        <source>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed)</source>
        <translation>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed)</translation>
    </message>
    <message>
        <source>%1 rows of %2 name source %3, which the case does not hold</source>
        <translation>%1 rows of %2 name source %3, which the case does not hold</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 were added after audit entry %4 bound this source</source>
        <translation>%1: %2 rows of %3 were added after audit entry %4 bound this source</translation>
    </message>
    <message>
        <source>%1 %2 was not written through the case session: no audit entry binds it</source>
        <translation>%1 %2 was not written through the case session: no audit entry binds it</translation>
    </message>
    <message>
        <source>%1 %2 was changed after audit entry %3 bound it</source>
        <translation>%1 %2 was changed after audit entry %3 bound it</translation>
    </message>
    <message>
        <source>%1 %2 was deleted after audit entry %3 bound it</source>
        <translation>%1 %2 was deleted after audit entry %3 bound it</translation>
    </message>
    <message>
        <source>the file nests elements deeper than any OFX file does</source>
        <translation>the file nests elements deeper than any OFX file does</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot;</source>
        <translation>no account is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a trace follows at least 1 hop</source>
        <translation>a trace follows at least 1 hop</translation>
    </message>
    <message>
        <source>the allocation is fifo, libr, proportional or none</source>
        <translation>the allocation is fifo, libr, proportional or none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or an ISO 8601 time</source>
        <translation>&quot;%1&quot; is not a date or an ISO 8601 time</translation>
    </message>
    <message>
        <source>the smallest payment is an amount such as 1000 or 1000.50</source>
        <translation>the smallest payment is an amount such as 1000 or 1000.50</translation>
    </message>
    <message>
        <source>unknown analysis &quot;%1&quot;</source>
        <translation>unknown analysis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this analysis compares two or more entities (--entity)</source>
        <translation>this analysis compares two or more entities (--entity)</translation>
    </message>
    <message>
        <source>this analysis looks at one number (--entity)</source>
        <translation>this analysis looks at one number (--entity)</translation>
    </message>
    <message>
        <source>the window, the limit and the ratio range must be positive</source>
        <translation>the window, the limit and the ratio range must be positive</translation>
    </message>
    <message>
        <source>no account or number is &quot;%1&quot;</source>
        <translation>no account or number is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a path runs from one entity to another (--entity twice)</source>
        <translation>a path runs from one entity to another (--entity twice)</translation>
    </message>
    <message>
        <source>the graph is calls or money</source>
        <translation>the graph is calls or money</translation>
    </message>
    <message>
        <source>a table exhibit shows transactions, calls, messages, contacts or locations, not &quot;%1&quot;</source>
        <translation>a table exhibit shows transactions, calls, messages, contacts or locations, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no entity is &quot;%1&quot;</source>
        <translation>no entity is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no record has the UUID &quot;%1&quot;</source>
        <translation>no record has the UUID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>there is no run %1</translation>
    </message>
    <message>
        <source>there is no exhibit %1</source>
        <translation>there is no exhibit %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case detail (title, case_number, agency, handling, narrative)</source>
        <translation>&quot;%1&quot; is not a case detail (title, case_number, agency, handling, narrative)</translation>
    </message>
    <message>
        <source>a case number has at most 64 characters</source>
        <translation>a case number has at most 64 characters</translation>
    </message>
    <message>
        <source>no message has the UUID &quot;%1&quot;</source>
        <translation>no message has the UUID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>audit entry %1 is not signed, though the entries before it are</source>
        <translation>audit entry %1 is not signed, though the entries before it are</translation>
    </message>
    <message>
        <source>audit entry %1&apos;s signature does not match the key %2 it names</source>
        <translation>audit entry %1&apos;s signature does not match the key %2 it names</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to read (more than 1024 levels)</source>
        <translation>the JSON is nested too deeply to read (more than 1024 levels)</translation>
    </message>
    <message>
        <source>a view&apos;s name has 1 to 100 characters</source>
        <translation>a view&apos;s name has 1 to 100 characters</translation>
    </message>
    <message>
        <source>there is no saved timeline view &quot;%1&quot;</source>
        <translation>there is no saved timeline view &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the timeline&apos;s counts do not match the records (%1)</source>
        <translation>the timeline&apos;s counts do not match the records (%1)</translation>
    </message>
    <message>
        <source>there is no saved chart &quot;%1&quot;</source>
        <translation>there is no saved chart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an exhibit is a table, a record, a thread, a run, a lead, a timeline or a chart, not &quot;%1&quot;</source>
        <translation>an exhibit is a table, a record, a thread, a run, a lead, a timeline or a chart, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an asserted link is owns, uses, member_of or alias_of, not &quot;%1&quot;</source>
        <translation>an asserted link is owns, uses, member_of or alias_of, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a link&apos;s status is alleged, corroborated or refuted, not &quot;%1&quot;</source>
        <translation>a link&apos;s status is alleged, corroborated or refuted, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a link joins two different entities</source>
        <translation>a link joins two different entities</translation>
    </message>
    <message>
        <source>link %1 is not an asserted link</source>
        <translation>link %1 is not an asserted link</translation>
    </message>
    <message>
        <source>the %1 was %2 characters long and was cut to the first %3</source>
        <translation>the %1 was %2 characters long and was cut to the first %3</translation>
    </message>
    <message>
        <source>no profile knows this layout: its columns were mapped from their header words and content (confidence %1%): %2. Check the mapping; save it as a profile with --save-profile</source>
        <translation>no profile knows this layout: its columns were mapped from their header words and content (confidence %1%): %2. Check the mapping; save it as a profile with --save-profile</translation>
    </message>
    <message>
        <source>no known layout, and the columns could not be mapped with confidence from their header words and content (best guess %1%, %2% needed: %3); name a mapping profile with --profile</source>
        <translation>no known layout, and the columns could not be mapped with confidence from their header words and content (best guess %1%, %2% needed: %3); name a mapping profile with --profile</translation>
    </message>
    <message>
        <source>the file does not say whose account this statement is: its rows were imported onto a placeholder account, &quot;account holder of %1&quot;; merge it with the real account once that is known (or import again with --account)</source>
        <translation>the file does not say whose account this statement is: its rows were imported onto a placeholder account, &quot;account holder of %1&quot;; merge it with the real account once that is known (or import again with --account)</translation>
    </message>
    <message>
        <source>the value date &quot;%1&quot; cannot be read and was left empty</source>
        <translation>the value date &quot;%1&quot; cannot be read and was left empty</translation>
    </message>
    <message>
        <source>unknown call direction &quot;%1&quot;: kept as unknown</source>
        <translation>unknown call direction &quot;%1&quot;: kept as unknown</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;: left empty</source>
        <translation>cannot read the duration &quot;%1&quot;: left empty</translation>
    </message>
    <message>
        <source>the azimuth &quot;%1&quot; is not a bearing of 0-360 degrees and was left empty</source>
        <translation>the azimuth &quot;%1&quot; is not a bearing of 0-360 degrees and was left empty</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot; and entry date &quot;%2&quot;</source>
        <translation>invalid value date &quot;%1&quot; and entry date &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot;: the entry date is used and the value date left empty</source>
        <translation>invalid value date &quot;%1&quot;: the entry date is used and the value date left empty</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; value was %2 characters long and was cut to the first %3</source>
        <translation>the &lt;%1&gt; value was %2 characters long and was cut to the first %3</translation>
    </message>
    <message>
        <source>the import is committed, but the case file could not be written out (%1): until it is, the rows are only in %2-wal, which must stay beside the case; free space and open the case again</source>
        <translation>the import is committed, but the case file could not be written out (%1): until it is, the rows are only in %2-wal, which must stay beside the case; free space and open the case again</translation>
    </message>
    <message>
        <source>no known layout: the header was not recognised (name a mapping profile with --profile)</source>
        <translation>no known layout: the header was not recognised (name a mapping profile with --profile)</translation>
    </message>
    <message>
        <source>this is not delimited text</source>
        <translation>this is not delimited text</translation>
    </message>
    <message>
        <source>the workbook has no rows</source>
        <translation>the workbook has no rows</translation>
    </message>
    <message>
        <source>a worksheet holds at most 1,048,575 rows and the table has %1: narrow it with the filter, or export it as CSV</source>
        <translation>a worksheet holds at most 1,048,575 rows and the table has %1: narrow it with the filter, or export it as CSV</translation>
    </message>
    <message>
        <source>no conflict %1</source>
        <translation>no conflict %1</translation>
    </message>
    <message>
        <source>conflict %1 is already resolved</source>
        <translation>conflict %1 is already resolved</translation>
    </message>
    <message>
        <source>conflict %1 is about a table this Casebench does not merge</source>
        <translation>conflict %1 is about a table this Casebench does not merge</translation>
    </message>
    <message>
        <source>%1 lines before the data were skipped, as the profile says</source>
        <translation>%1 lines before the data were skipped, as the profile says</translation>
    </message>
    <message>
        <source>the profile skips %1 lines at the top, and nothing follows them in the file&apos;s first %2 lines</source>
        <translation>the profile skips %1 lines at the top, and nothing follows them in the file&apos;s first %2 lines</translation>
    </message>
    <message>
        <source>another connection is reading the case: part of the import stays in %1-wal until it lets go, and is then written into the case file; copy the case only once it is closed everywhere</source>
        <translation>another connection is reading the case: part of the import stays in %1-wal until it lets go, and is then written into the case file; copy the case only once it is closed everywhere</translation>
    </message>
</context>
<context>
    <name>cb::app::Cli</name>
    <message>
        <source>Create a new, empty case file.</source>
        <translation>Create a new, empty case file.</translation>
    </message>
    <message>
        <source>The case file to create (e.g. fraud.casebench).</source>
        <translation>The case file to create (e.g. fraud.casebench).</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>Case title.</translation>
    </message>
    <message>
        <source>Default region for phone numbers (ISO 3166, e.g. CN).</source>
        <translation>Default region for phone numbers (ISO 3166, e.g. CN).</translation>
    </message>
    <message>
        <source>The case&apos;s time zone (IANA, e.g. Asia/Shanghai).</source>
        <translation>The case&apos;s time zone (IANA, e.g. Asia/Shanghai).</translation>
    </message>
    <message>
        <source>Investigator&apos;s name, recorded in the audit log.</source>
        <translation>Investigator&apos;s name, recorded in the audit log.</translation>
    </message>
    <message>
        <source>new: exactly one CASE is required</source>
        <translation>new: exactly one CASE is required</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>... more diagnostics in the import certificate (casebench info)</source>
        <translation>... more diagnostics in the import certificate (casebench info)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import source files into a case. Each file is imported whole or not at all.</source>
        <translation>Import source files into a case. Each file is imported whole or not at all.</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>The case file.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Files to import.</translation>
    </message>
    <message>
        <source>Importer id (default: detect from content).</source>
        <translation>Importer id (default: detect from content).</translation>
    </message>
    <message>
        <source>Mapping profile id or JSON file (default: suggested from the header).</source>
        <translation>Mapping profile id or JSON file (default: suggested from the header).</translation>
    </message>
    <message>
        <source>Time zone of times without an offset (IANA).</source>
        <translation>Time zone of times without an offset (IANA).</translation>
    </message>
    <message>
        <source>Warrant or authorisation reference.</source>
        <translation>Warrant or authorisation reference.</translation>
    </message>
    <message>
        <source>The statement&apos;s own account, when the file does not say.</source>
        <translation>The statement&apos;s own account, when the file does not say.</translation>
    </message>
    <message>
        <source>The target number of call records, when the file does not say.</source>
        <translation>The target number of call records, when the file does not say.</translation>
    </message>
    <message>
        <source>Currency of amounts, when the file has no currency column.</source>
        <translation>Currency of amounts, when the file has no currency column.</translation>
    </message>
    <message>
        <source>Who imports (default: the case&apos;s investigator).</source>
        <translation>Who imports (default: the case&apos;s investigator).</translation>
    </message>
    <message>
        <source>Import even if a file with the same SHA-256 is already in the case.</source>
        <translation>Import even if a file with the same SHA-256 is already in the case.</translation>
    </message>
    <message>
        <source>Print a JSON report on standard output.</source>
        <translation>Print a JSON report on standard output.</translation>
    </message>
    <message>
        <source>import: CASE and at least one FILE are required</source>
        <translation>import: CASE and at least one FILE are required</translation>
    </message>
    <message>
        <source>import: --account and --subscriber cannot be combined</source>
        <translation>import: --account and --subscriber cannot be combined</translation>
    </message>
    <message>
        <source>import: unknown time zone %1</source>
        <translation>import: unknown time zone %1</translation>
    </message>
    <message>
        <source>Show a case&apos;s sources, counts and import certificates.</source>
        <translation>Show a case&apos;s sources, counts and import certificates.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>info: exactly one CASE is required</source>
        <translation>info: exactly one CASE is required</translation>
    </message>
    <message>
        <source>Case: %1 (schema %2, time zone %3)</source>
        <translation>Case: %1 (schema %2, time zone %3)</translation>
    </message>
    <message>
        <source>Source %1: %2 [%3] sha256 %4 imported %5: %6 read, %7 accepted, %8 rejected, %9 skipped</source>
        <translation>Source %1: %2 [%3] sha256 %4 imported %5: %6 read, %7 accepted, %8 rejected, %9 skipped</translation>
    </message>
    <message>
        <source>List the importers and mapping profiles.</source>
        <translation>List the importers and mapping profiles.</translation>
    </message>
    <message>
        <source>Importers:</source>
        <translation>Importers:</translation>
    </message>
    <message>
        <source>Mapping profiles:</source>
        <translation>Mapping profiles:</translation>
    </message>
    <message>
        <source>Build the synthetic telecom-fraud demo case from source files in real formats.</source>
        <translation>Build the synthetic telecom-fraud demo case from source files in real formats.</translation>
    </message>
    <message>
        <source>The case file to create.</source>
        <translation>The case file to create.</translation>
    </message>
    <message>
        <source>demo: exactly one CASE is required</source>
        <translation>demo: exactly one CASE is required</translation>
    </message>
    <message>
        <source>Demo: telecom fraud ring (synthetic)</source>
        <translation>Demo: telecom fraud ring (synthetic)</translation>
    </message>
    <message>
        <source>Demo data: synthetic, no warrant needed</source>
        <translation>Demo data: synthetic, no warrant needed</translation>
    </message>
    <message>
        <source>verify: exactly one CASE is required</source>
        <translation>verify: exactly one CASE is required</translation>
    </message>
    <message>
        <source>Password of an encrypted PDF (used to open it, never stored).</source>
        <translation>Password of an encrypted PDF (used to open it, never stored).</translation>
    </message>
    <message>
        <source>%1: skipped, no importer recognises it</source>
        <translation>%1: skipped, no importer recognises it</translation>
    </message>
    <message>
        <source>%1: imported as %2: %3 transactions, %4 calls, %5 messages, %8 contacts, %6 cell sites; %7 rows rejected</source>
        <translation>%1: imported as %2: %3 transactions, %4 calls, %5 messages, %8 contacts, %6 cell sites; %7 rows rejected</translation>
    </message>
    <message>
        <source>The seized device the files come from: its IMEI or exhibit label (default for a folder: the folder&apos;s name).</source>
        <translation>The seized device the files come from: its IMEI or exhibit label (default for a folder: the folder&apos;s name).</translation>
    </message>
    <message>
        <source>Words to find (any script; case-insensitive).</source>
        <translation>Words to find (any script; case-insensitive).</translation>
    </message>
    <message>
        <source>At most this many hits (default 200).</source>
        <translation>At most this many hits (default 200).</translation>
    </message>
    <message>
        <source>search: CASE and QUERY are required</source>
        <translation>search: CASE and QUERY are required</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>search failed: %1</translation>
    </message>
    <message>
        <source>source: %1, %2 (SHA-256 %3)</source>
        <translation>source: %1, %2 (SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls, messages, contacts, cell sites and seized devices as CASE/UCO JSON-LD. Every object keeps its Casebench UUID and names its source file (with SHA-256) and locator.</source>
        <translation>Export calls, messages, contacts, cell sites and seized devices as CASE/UCO JSON-LD. Every object keeps its Casebench UUID and names its source file (with SHA-256) and locator.</translation>
    </message>
    <message>
        <source>The file to write (e.g. case.jsonld).</source>
        <translation>The file to write (e.g. case.jsonld).</translation>
    </message>
    <message>
        <source>Export format (only case-uco for now).</source>
        <translation>Export format (only case-uco for now).</translation>
    </message>
    <message>
        <source>Print a JSON summary.</source>
        <translation>Print a JSON summary.</translation>
    </message>
    <message>
        <source>export: CASE and OUT are required</source>
        <translation>export: CASE and OUT are required</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;</source>
        <translation>export: unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: export failed: %2</source>
        <translation>%1: export failed: %2</translation>
    </message>
    <message>
        <source>Why (recorded with the decision and in the audit log; required).</source>
        <translation>Why (recorded with the decision and in the audit log; required).</translation>
    </message>
    <message>
        <source>How sure you are, 0-100 (default 100).</source>
        <translation>How sure you are, 0-100 (default 100).</translation>
    </message>
    <message>
        <source>Mark PHONE as the owner&apos;s line of the seized DEVICE (charts can start from owners).</source>
        <translation>Mark PHONE as the owner&apos;s line of the seized DEVICE (charts can start from owners).</translation>
    </message>
    <message>
        <source>Declare two entities one (e.g. a phone, a bank account and an app account of one person). Reversible with `unlink`; audited.</source>
        <translation>Declare two entities one (e.g. a phone, a bank account and an app account of one person). Reversible with `unlink`; audited.</translation>
    </message>
    <message>
        <source>#id, UUID or identifier.</source>
        <translation>#id, UUID or identifier.</translation>
    </message>
    <message>
        <source>three arguments are required</source>
        <translation>three arguments are required</translation>
    </message>
    <message>
        <source>--confidence takes a number from 0 to 100</source>
        <translation>--confidence takes a number from 0 to 100</translation>
    </message>
    <message>
        <source>link %1: %2 is the owner&apos;s line of %3</source>
        <translation>link %1: %2 is the owner&apos;s line of %3</translation>
    </message>
    <message>
        <source>link %1: %2 and %3 are one entity now</source>
        <translation>link %1: %2 and %3 are one entity now</translation>
    </message>
    <message>
        <source>Undo a merge or an owner mark. The link stays on record as undone; the undo is audited.</source>
        <translation>Undo a merge or an owner mark. The link stays on record as undone; the undo is audited.</translation>
    </message>
    <message>
        <source>The link number (see `links`).</source>
        <translation>The link number (see `links`).</translation>
    </message>
    <message>
        <source>unlink: CASE and a LINK number are required</source>
        <translation>unlink: CASE and a LINK number are required</translation>
    </message>
    <message>
        <source>link %1 undone</source>
        <translation>link %1 undone</translation>
    </message>
    <message>
        <source>links: CASE is required</source>
        <translation>links: CASE is required</translation>
    </message>
    <message>
        <source>undone %1 by %2</source>
        <translation>undone %1 by %2</translation>
    </message>
    <message>
        <source>List entities the data suggests are one person, with the reasons. Nothing is merged.</source>
        <translation>List entities the data suggests are one person, with the reasons. Nothing is merged.</translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation>At most this many (default 200).</translation>
    </message>
    <message>
        <source>suggest: CASE is required</source>
        <translation>suggest: CASE is required</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s); merge with `casebench merge CASE #A #B --justification ...`</source>
        <translation>
            <numerusform>%n suggestion; merge with `casebench merge CASE #A #B --justification ...`</numerusform>
            <numerusform>%n suggestions; merge with `casebench merge CASE #A #B --justification ...`</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: also %2 app and service accounts of the device&apos;s user, %3 other phone artifacts (kept as key/value records)</source>
        <translation>%1: also %2 app and service accounts of the device&apos;s user, %3 other phone artifacts (kept as key/value records)</translation>
    </message>
    <message>
        <source>Search message bodies, contact names, phone artifacts and notes. Every word must occur; each hit names the source file and the row it came from.</source>
        <translation>Search message bodies, contact names, phone artifacts and notes. Every word must occur; each hit names the source file and the row it came from.</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 messages, %4 contacts, %5 cell sites, %6 locations, %7 accounts, %8 devices from %9 source files</source>
        <translation>%1: %2 calls, %3 messages, %4 contacts, %5 cell sites, %6 locations, %7 accounts, %8 devices from %9 source files</translation>
    </message>
    <message>
        <source>SHA-256 of the export: %1</source>
        <translation>SHA-256 of the export: %1</translation>
    </message>
    <message>
        <source>Region that national phone numbers in these files belong to (ISO 3166, e.g. IN; default: the case&apos;s).</source>
        <translation>Region that national phone numbers in these files belong to (ISO 3166, e.g. IN; default: the case&apos;s).</translation>
    </message>
    <message>
        <source>import: --region takes a two-letter country code such as CN or IN</source>
        <translation>import: --region takes a two-letter country code such as CN or IN</translation>
    </message>
    <message numerus="yes">
        <source>%1: also %n stated balance(s) of the account, checked against the movements in the case</source>
        <translation>
            <numerusform>%1: also %n stated balance of the account, checked against the movements in the case</numerusform>
            <numerusform>%1: also %n stated balances of the account, checked against the movements in the case</numerusform>
        </translation>
    </message>
    <message>
        <source>create an empty case file</source>
        <translation>create an empty case file</translation>
    </message>
    <message>
        <source>import files, folders or ZIP archives (each whole or not at all)</source>
        <translation>import files, folders or ZIP archives (each whole or not at all)</translation>
    </message>
    <message>
        <source>counts, sources and their import certificates</source>
        <translation>counts, sources and their import certificates</translation>
    </message>
    <message>
        <source>the importers and mapping profiles</source>
        <translation>the importers and mapping profiles</translation>
    </message>
    <message>
        <source>build the synthetic telecom-fraud demo case</source>
        <translation>build the synthetic telecom-fraud demo case</translation>
    </message>
    <message>
        <source>telephony as CASE/UCO JSON-LD</source>
        <translation>telephony as CASE/UCO JSON-LD</translation>
    </message>
    <message>
        <source>entities the data suggests are one person, with reasons</source>
        <translation>entities the data suggests are one person, with reasons</translation>
    </message>
    <message>
        <source>declare two entities one person</source>
        <translation>declare two entities one person</translation>
    </message>
    <message>
        <source>mark a line as a seized device&apos;s owner</source>
        <translation>mark a line as a seized device&apos;s owner</translation>
    </message>
    <message>
        <source>undo a merge or an owner mark</source>
        <translation>undo a merge or an owner mark</translation>
    </message>
    <message>
        <source>set an entity&apos;s role in the case</source>
        <translation>set an entity&apos;s role in the case</translation>
    </message>
    <message>
        <source>the entities with a role</source>
        <translation>the entities with a role</translation>
    </message>
    <message>
        <source>notes on an entity or a record (TARGET: a record&apos;s UUID or an identifier)</source>
        <translation>notes on an entity or a record (TARGET: a record&apos;s UUID or an identifier)</translation>
    </message>
    <message>
        <source>the notes, of the case or of one target</source>
        <translation>the notes, of the case or of one target</translation>
    </message>
    <message>
        <source>tag an entity or a record</source>
        <translation>tag an entity or a record</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>remove a tag</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>this list</translation>
    </message>
    <message>
        <source>Usage: casebench [CASE]   open the workbench (on CASE)</source>
        <translation>Usage: casebench [CASE]   open the workbench (on CASE)</translation>
    </message>
    <message>
        <source>Run `casebench COMMAND --help` for a command&apos;s options.</source>
        <translation>Run `casebench COMMAND --help` for a command&apos;s options.</translation>
    </message>
    <message>
        <source>casebench: unknown command &quot;%1&quot;</source>
        <translation>casebench: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>wrong number of arguments</translation>
    </message>
    <message>
        <source>Set an entity&apos;s role in the case (subject, victim, witness, associate, or none to remove it). Charts, timelines and the packet&apos;s redaction use roles.</source>
        <translation>Set an entity&apos;s role in the case (subject, victim, witness, associate, or none to remove it). Charts, timelines and the packet&apos;s redaction use roles.</translation>
    </message>
    <message>
        <source>#id, UUID or identifier of the entity.</source>
        <translation>#id, UUID or identifier of the entity.</translation>
    </message>
    <message>
        <source>Why (recorded with the role and in the audit log).</source>
        <translation>Why (recorded with the role and in the audit log).</translation>
    </message>
    <message>
        <source>role: ROLE is one of subject, victim, witness, associate, none</source>
        <translation>role: ROLE is one of subject, victim, witness, associate, none</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message>
        <source>List the entities that have a role in the case.</source>
        <translation>List the entities that have a role in the case.</translation>
    </message>
    <message>
        <source>Add, edit or delete a note on an entity or a record. Edits keep the note&apos;s UUID; a deleted note leaves a tombstone. Usage: note add CASE TARGET TEXT | note edit CASE NOTE TEXT | note delete CASE NOTE</source>
        <translation>Add, edit or delete a note on an entity or a record. Edits keep the note&apos;s UUID; a deleted note leaves a tombstone. Usage: note add CASE TARGET TEXT | note edit CASE NOTE TEXT | note delete CASE NOTE</translation>
    </message>
    <message>
        <source>note: add, edit or delete</source>
        <translation>note: add, edit or delete</translation>
    </message>
    <message>
        <source>note %1 edited</source>
        <translation>note %1 edited</translation>
    </message>
    <message>
        <source>note %1 deleted</source>
        <translation>note %1 deleted</translation>
    </message>
    <message>
        <source>List the notes of the case, or of one entity or record.</source>
        <translation>List the notes of the case, or of one entity or record.</translation>
    </message>
    <message>
        <source>Only the notes on this record (UUID) or entity (identifier).</source>
        <translation>Only the notes on this record (UUID) or entity (identifier).</translation>
    </message>
    <message>
        <source>Tag an entity or a record.</source>
        <translation>Tag an entity or a record.</translation>
    </message>
    <message>
        <source>Remove a tag from an entity or a record.</source>
        <translation>Remove a tag from an entity or a record.</translation>
    </message>
    <message>
        <source>A record&apos;s UUID, or an identifier (its entity).</source>
        <translation>A record&apos;s UUID, or an identifier (its entity).</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>The tag.</translation>
    </message>
    <message>
        <source>an event no source holds, marked as analyst-entered</source>
        <translation>an event no source holds, marked as analyst-entered</translation>
    </message>
    <message>
        <source>the events analysts entered</source>
        <translation>the events analysts entered</translation>
    </message>
    <message>
        <source>register a lead (prints its code) or move it to a status</source>
        <translation>register a lead (prints its code) or move it to a status</translation>
    </message>
    <message>
        <source>the leads register, with each lead&apos;s history and entities</source>
        <translation>the leads register, with each lead&apos;s history and entities</translation>
    </message>
    <message>
        <source>Register a lead (informant report, bank alert, platform warning…); prints its code L-YYYY-NNNNNN.</source>
        <translation>Register a lead (informant report, bank alert, platform warning…); prints its code L-YYYY-NNNNNN.</translation>
    </message>
    <message>
        <source>Move a lead to a status: new, assigned, verifying, confirmed or closed; each step is kept with who and when.</source>
        <translation>Move a lead to a status: new, assigned, verifying, confirmed or closed; each step is kept with who and when.</translation>
    </message>
    <message>
        <source>What the lead says.</source>
        <translation>What the lead says.</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>Where it came from.</translation>
    </message>
    <message>
        <source>An entity it concerns (#id, UUID or identifier); repeatable.</source>
        <translation>An entity it concerns (#id, UUID or identifier); repeatable.</translation>
    </message>
    <message>
        <source>The lead&apos;s code.</source>
        <translation>The lead&apos;s code.</translation>
    </message>
    <message>
        <source>A note kept with the step.</source>
        <translation>A note kept with the step.</translation>
    </message>
    <message>
        <source>lead set: STATUS is one of new, assigned, verifying, confirmed, closed</source>
        <translation>lead set: STATUS is one of new, assigned, verifying, confirmed, closed</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>lead add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | lead set CASE CODE STATUS [--note T]</source>
        <translation>lead add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | lead set CASE CODE STATUS [--note T]</translation>
    </message>
    <message>
        <source>lead: add or set</source>
        <translation>lead: add or set</translation>
    </message>
    <message>
        <source>The leads register: each lead with its code, status, history and entities.</source>
        <translation>The leads register: each lead with its code, status, history and entities.</translation>
    </message>
    <message>
        <source>Only the leads with this status.</source>
        <translation>Only the leads with this status.</translation>
    </message>
    <message>
        <source>leads: CASE is required</source>
        <translation>leads: CASE is required</translation>
    </message>
    <message>
        <source>leads: --status is one of new, assigned, verifying, confirmed, closed</source>
        <translation>leads: --status is one of new, assigned, verifying, confirmed, closed</translation>
    </message>
    <message>
        <source>event add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]</source>
        <translation>event add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]</translation>
    </message>
    <message>
        <source>event: add</source>
        <translation>event: add</translation>
    </message>
    <message>
        <source>Add an event that no source holds (what a victim or witness reported), marked as analyst-entered.</source>
        <translation>Add an event that no source holds (what a victim or witness reported), marked as analyst-entered.</translation>
    </message>
    <message>
        <source>When: ISO 8601, with an offset or in the case&apos;s time zone (2024-03-01T10:30).</source>
        <translation>When: ISO 8601, with an offset or in the case&apos;s time zone (2024-03-01T10:30).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>What happened.</translation>
    </message>
    <message>
        <source>An entity involved (#id, UUID or identifier); repeatable.</source>
        <translation>An entity involved (#id, UUID or identifier); repeatable.</translation>
    </message>
    <message>
        <source>On what basis (statement, interview, report).</source>
        <translation>On what basis (statement, interview, report).</translation>
    </message>
    <message>
        <source>event add: CASE, --time and --text are required</source>
        <translation>event add: CASE, --time and --text are required</translation>
    </message>
    <message>
        <source>event add: the time &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>event add: the time &quot;%1&quot; is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>The events analysts entered, in time order, each with who entered it and on what basis.</source>
        <translation>The events analysts entered, in time order, each with who entered it and on what basis.</translation>
    </message>
    <message>
        <source>events: CASE is required</source>
        <translation>events: CASE is required</translation>
    </message>
    <message>
        <source>entered by %1 (%2); basis: %3</source>
        <translation>entered by %1 (%2); basis: %3</translation>
    </message>
    <message>
        <source>demo: roles set for %1 entities, lead %2 registered, the first victim&apos;s statement entered</source>
        <translation>demo: roles set for %1 entities, lead %2 registered, the first victim&apos;s statement entered</translation>
    </message>
    <message>
        <source>Audit head: %1 (keep it to show later that no entry was removed: verify --head)</source>
        <translation>Audit head: %1 (keep it to show later that no entry was removed: verify --head)</translation>
    </message>
    <message>
        <source>The audit head recorded earlier (`casebench info`): confirms no entry after it was removed.</source>
        <translation>The audit head recorded earlier (`casebench info`): confirms no entry after it was removed.</translation>
    </message>
    <message>
        <source>Re-hash every preserved source file, recompute the digest of every row the audit chain binds, and check the chain: names each source, row and audit entry that differs.</source>
        <translation>Re-hash every preserved source file, recompute the digest of every row the audit chain binds, and check the chain: names each source, row and audit entry that differs.</translation>
    </message>
    <message>
        <source>Note: facts before audit entry %1 were bound when the case was upgraded, not at import</source>
        <translation>Note: facts before audit entry %1 were bound when the case was upgraded, not at import</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 sources intact, %n rows match what the audit chain binds, audit chain of %2 entries intact</source>
        <translation>
            <numerusform>OK: %1 sources intact, %n row matches what the audit chain binds, audit chain of %2 entries intact</numerusform>
            <numerusform>OK: %1 sources intact, %n rows match what the audit chain binds, audit chain of %2 entries intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s)</source>
        <translation>
            <numerusform>FAILED: %n problem</numerusform>
            <numerusform>FAILED: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>where the money paid out of an account went, under a named tracing rule</source>
        <translation>where the money paid out of an account went, under a named tracing rule</translation>
    </message>
    <message>
        <source>the saved analysis runs, newest first</source>
        <translation>the saved analysis runs, newest first</translation>
    </message>
    <message>
        <source>run a saved analysis again and say what changed</source>
        <translation>run a saved analysis again and say what changed</translation>
    </message>
    <message>
        <source>Traced %1 paid out of %2 (%3)</source>
        <translation>Traced %1 paid out of %2 (%3)</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>(no counterparty)</translation>
    </message>
    <message>
        <source>Where it ended:</source>
        <translation>Where it ended:</translation>
    </message>
    <message>
        <source>Saved as run %1</source>
        <translation>Saved as run %1</translation>
    </message>
    <message>
        <source>The account the money left.</source>
        <translation>The account the money left.</translation>
    </message>
    <message>
        <source>Follow at most N payments from the origin (default 6).</source>
        <translation>Follow at most N payments from the origin (default 6).</translation>
    </message>
    <message>
        <source>Only the origin&apos;s payments from this time.</source>
        <translation>Only the origin&apos;s payments from this time.</translation>
    </message>
    <message>
        <source>Only payments up to this time.</source>
        <translation>Only payments up to this time.</translation>
    </message>
    <message>
        <source>Do not follow smaller payments.</source>
        <translation>Do not follow smaller payments.</translation>
    </message>
    <message>
        <source>Money idle longer than this (36h, 3d) stays where it is.</source>
        <translation>Money idle longer than this (36h, 3d) stays where it is.</translation>
    </message>
    <message>
        <source>fifo (Clayton&apos;s case), libr (lowest intermediate balance), proportional, none.</source>
        <translation>fifo (Clayton&apos;s case), libr (lowest intermediate balance), proportional, none.</translation>
    </message>
    <message>
        <source>trace: CASE and --from are required</source>
        <translation>trace: CASE and --from are required</translation>
    </message>
    <message>
        <source>trace: --max-gap is a duration such as 36h or 3d</source>
        <translation>trace: --max-gap is a duration such as 36h or 3d</translation>
    </message>
    <message>
        <source>trace: --min-amount is an amount such as 1000 or 1000.50</source>
        <translation>trace: --min-amount is an amount such as 1000 or 1000.50</translation>
    </message>
    <message>
        <source>The saved analysis runs, newest first.</source>
        <translation>The saved analysis runs, newest first.</translation>
    </message>
    <message>
        <source>runs: exactly one CASE is required</source>
        <translation>runs: exactly one CASE is required</translation>
    </message>
    <message>
        <source>Run a saved analysis again: says whether the rows it reads and its result are what they were, and if not, which rows were added, removed or changed since.</source>
        <translation>Run a saved analysis again: says whether the rows it reads and its result are what they were, and if not, which rows were added, removed or changed since.</translation>
    </message>
    <message>
        <source>The run (R-000001), as `casebench runs` lists it.</source>
        <translation>The run (R-000001), as `casebench runs` lists it.</translation>
    </message>
    <message>
        <source>rerun: CASE and RUN_ID are required</source>
        <translation>rerun: CASE and RUN_ID are required</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>there is no run %1</translation>
    </message>
    <message>
        <source>The rows %1 read are unchanged (data SHA-256 %2).</source>
        <translation>The rows %1 read are unchanged (data SHA-256 %2).</translation>
    </message>
    <message>
        <source>The rows %1 read have changed: %2 added, %3 removed, %4 changed since.</source>
        <translation>The rows %1 read have changed: %2 added, %3 removed, %4 changed since.</translation>
    </message>
    <message>
        <source>The result is identical.</source>
        <translation>The result is identical.</translation>
    </message>
    <message>
        <source>The result differs.</source>
        <translation>The result differs.</translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s) cited)</source>
        <translation>
            <numerusform>(%n record cited)</numerusform>
            <numerusform>(%n records cited)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found; saved as run %1</source>
        <translation>
            <numerusform>%n row found; saved as run %1</numerusform>
            <numerusform>%n rows found; saved as run %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a fraud pattern over the money or the calls; every row cites its transactions or calls. Saved as a run.
KIND: %1</source>
        <translation>Find a fraud pattern over the money or the calls; every row cites its transactions or calls. Saved as a run.
KIND: %1</translation>
    </message>
    <message>
        <source>The pattern.</source>
        <translation>The pattern.</translation>
    </message>
    <message>
        <source>The time window (24h, 3d; default 24h).</source>
        <translation>The time window (24h, 3d; default 24h).</translation>
    </message>
    <message>
        <source>fast-in-fast-out: out/in range (default 0.8-1.2).</source>
        <translation>fast-in-fast-out: out/in range (default 0.8-1.2).</translation>
    </message>
    <message>
        <source>Ignore smaller payments.</source>
        <translation>Ignore smaller payments.</translation>
    </message>
    <message>
        <source>fan-in, fan-out: at least this many (default 5).</source>
        <translation>fan-in, fan-out: at least this many (default 5).</translation>
    </message>
    <message>
        <source>At most this many rows, best first (default 100).</source>
        <translation>At most this many rows, best first (default 100).</translation>
    </message>
    <message>
        <source>analyze: CASE and KIND are required</source>
        <translation>analyze: CASE and KIND are required</translation>
    </message>
    <message>
        <source>analyze: --window is a duration such as 24h or 3d</source>
        <translation>analyze: --window is a duration such as 24h or 3d</translation>
    </message>
    <message>
        <source>analyze: --ratio is LOW-HIGH, such as 0.8-1.2</source>
        <translation>analyze: --ratio is LOW-HIGH, such as 0.8-1.2</translation>
    </message>
    <message>
        <source>analyze: --min-amount is an amount such as 1000 or 1000.50</source>
        <translation>analyze: --min-amount is an amount such as 1000 or 1000.50</translation>
    </message>
    <message>
        <source>Traced %1 paid into %2 back to where it came from (%3)</source>
        <translation>Traced %1 paid into %2 back to where it came from (%3)</translation>
    </message>
    <message>
        <source>Trace the money paid out of an account (or, up, into it), hop by hop in time order, allocated by a tracing rule; saved as a run.</source>
        <translation>Trace the money paid out of an account (or, up, into it), hop by hop in time order, allocated by a tracing rule; saved as a run.</translation>
    </message>
    <message>
        <source>fraud patterns over the money and the calls (analyze --help lists them)</source>
        <translation>fraud patterns over the money and the calls (analyze --help lists them)</translation>
    </message>
    <message>
        <source>centrality: the calls or the money (default calls).</source>
        <translation>centrality: the calls or the money (default calls).</translation>
    </message>
    <message>
        <source>colocation: cells whose sites lie within this many metres count as one place.</source>
        <translation>colocation: cells whose sites lie within this many metres count as one place.</translation>
    </message>
    <message>
        <source>analyze: --radius is a distance in metres</source>
        <translation>analyze: --radius is a distance in metres</translation>
    </message>
    <message>
        <source>exhibits for the evidence packet, numbered E-N</source>
        <translation>exhibits for the evidence packet, numbered E-N</translation>
    </message>
    <message>
        <source>the exhibits, by number</source>
        <translation>the exhibits, by number</translation>
    </message>
    <message>
        <source>table: transactions, calls, messages, contacts or locations.</source>
        <translation>table: transactions, calls, messages, contacts or locations.</translation>
    </message>
    <message>
        <source>table: only records naming this entity (repeatable).</source>
        <translation>table: only records naming this entity (repeatable).</translation>
    </message>
    <message>
        <source>table: from this time.</source>
        <translation>table: from this time.</translation>
    </message>
    <message>
        <source>table: up to this time.</source>
        <translation>table: up to this time.</translation>
    </message>
    <message>
        <source>table: only records containing this text.</source>
        <translation>table: only records containing this text.</translation>
    </message>
    <message>
        <source>The exhibit&apos;s caption.</source>
        <translation>The exhibit&apos;s caption.</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>The analyst&apos;s note.</translation>
    </message>
    <message>
        <source>exhibit add: CASE and KIND are required</source>
        <translation>exhibit add: CASE and KIND are required</translation>
    </message>
    <message>
        <source>exhibit add table: --kind is required</source>
        <translation>exhibit add table: --kind is required</translation>
    </message>
    <message>
        <source>exhibit add %1: one %2 is required</source>
        <translation>exhibit add %1: one %2 is required</translation>
    </message>
    <message>
        <source>Remove an exhibit; its number is never given to another.</source>
        <translation>Remove an exhibit; its number is never given to another.</translation>
    </message>
    <message>
        <source>The exhibit.</source>
        <translation>The exhibit.</translation>
    </message>
    <message>
        <source>exhibit remove: CASE and E-N are required</source>
        <translation>exhibit remove: CASE and E-N are required</translation>
    </message>
    <message>
        <source>exhibit add CASE KIND ... | exhibit remove CASE E-N</source>
        <translation>exhibit add CASE KIND ... | exhibit remove CASE E-N</translation>
    </message>
    <message>
        <source>exhibit: add or remove</source>
        <translation>exhibit: add or remove</translation>
    </message>
    <message>
        <source>The exhibits, by number, with what each shows, its caption and note.</source>
        <translation>The exhibits, by number, with what each shows, its caption and note.</translation>
    </message>
    <message>
        <source>exhibits: CASE is required</source>
        <translation>exhibits: CASE is required</translation>
    </message>
    <message>
        <source>demo: run %1 traces the first victim&apos;s money; exhibits E-1 to E-%2 kept for the packet</source>
        <translation>demo: run %1 traces the first victim&apos;s money; exhibits E-1 to E-%2 kept for the packet</translation>
    </message>
    <message>
        <source>re-hash the preserved sources, check the audit chain; or check an evidence packet</source>
        <translation>re-hash the preserved sources, check the audit chain; or check an evidence packet</translation>
    </message>
    <message>
        <source>make the signed evidence packet (PDF) of the exhibits</source>
        <translation>make the signed evidence packet (PDF) of the exhibits</translation>
    </message>
    <message>
        <source>set what the packet&apos;s cover and summary say</source>
        <translation>set what the packet&apos;s cover and summary say</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key and its fingerprint</source>
        <translation>this installation&apos;s signing key and its fingerprint</translation>
    </message>
    <message>
        <source>Demo City Anti-Fraud Centre</source>
        <translation>Demo City Anti-Fraud Centre</translation>
    </message>
    <message>
        <source>RESTRICTED: for the prosecution and the defence only</source>
        <translation>RESTRICTED: for the prosecution and the defence only</translation>
    </message>
    <message>
        <source>The case file, or an evidence packet (PDF).</source>
        <translation>The case file, or an evidence packet (PDF).</translation>
    </message>
    <message>
        <source>For a packet: also check its cited rows, sources and audit head against this case.</source>
        <translation>For a packet: also check its cited rows, sources and audit head against this case.</translation>
    </message>
    <message>
        <source>verify: --case goes with a packet</source>
        <translation>verify: --case goes with a packet</translation>
    </message>
    <message>
        <source>Make the evidence packet: a signed PDF of the exhibits, each row with its source, hash and locator, with the method, the sources and an embedded manifest.</source>
        <translation>Make the evidence packet: a signed PDF of the exhibits, each row with its source, hash and locator, with the method, the sources and an embedded manifest.</translation>
    </message>
    <message>
        <source>The packet to write.</source>
        <translation>The packet to write.</translation>
    </message>
    <message>
        <source>Which exhibits: E-1,E-3 or all (default).</source>
        <translation>Which exhibits: E-1,E-3 or all (default).</translation>
    </message>
    <message>
        <source>unmarked: mask identifiers and names of entities without a role; none (default).</source>
        <translation>unmarked: mask identifiers and names of entities without a role; none (default).</translation>
    </message>
    <message>
        <source>en or zh_CN (default: the language this command runs in).</source>
        <translation>en or zh_CN (default: the language this command runs in).</translation>
    </message>
    <message>
        <source>report: CASE and -o PACKET.pdf are required</source>
        <translation>report: CASE and -o PACKET.pdf are required</translation>
    </message>
    <message>
        <source>report: --redact is unmarked or none</source>
        <translation>report: --redact is unmarked or none</translation>
    </message>
    <message>
        <source>report: --language is en or zh_CN</source>
        <translation>report: --language is en or zh_CN</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 rows cited, signed by %4 (%5)</source>
        <translation>%1: %2 pages, %3 rows cited, signed by %4 (%5)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>Signed by: %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>OK: packet %1 intact: %2 pages, %3 exhibits, %4 rows cited%5</source>
        <translation>OK: packet %1 intact: %2 pages, %3 exhibits, %4 rows cited%5</translation>
    </message>
    <message>
        <source>; every cited row and source matches the case, whose history still holds the packet&apos;s audit head</source>
        <translation>; every cited row and source matches the case, whose history still holds the packet&apos;s audit head</translation>
    </message>
    <message>
        <source>Show this installation&apos;s signing key (made on first use): the investigator&apos;s name and the public key&apos;s fingerprint.</source>
        <translation>Show this installation&apos;s signing key (made on first use): the investigator&apos;s name and the public key&apos;s fingerprint.</translation>
    </message>
    <message>
        <source>Set what the evidence packet&apos;s cover and summary say about the case.</source>
        <translation>Set what the evidence packet&apos;s cover and summary say about the case.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>The case&apos;s title.</translation>
    </message>
    <message>
        <source>The case number (the Bates prefix is made from it).</source>
        <translation>The case number (the Bates prefix is made from it).</translation>
    </message>
    <message>
        <source>The agency.</source>
        <translation>The agency.</translation>
    </message>
    <message>
        <source>The handling line printed on every page.</source>
        <translation>The handling line printed on every page.</translation>
    </message>
    <message>
        <source>The narrative, from a UTF-8 text file.</source>
        <translation>The narrative, from a UTF-8 text file.</translation>
    </message>
    <message>
        <source>describe: exactly one CASE is required</source>
        <translation>describe: exactly one CASE is required</translation>
    </message>
    <message>
        <source>describe: nothing to set</source>
        <translation>describe: nothing to set</translation>
    </message>
    <message>
        <source>Between 1 and 11 March 2024 **eight people** reported that men posing as police had told them to move their savings to a &quot;safe account&quot;. The carriers&apos; call records show three caller lines of one ring calling each victim minutes before the victim&apos;s transfer.

The banks&apos; statements show the money

- passing through mule accounts within hours, and
- leaving as cash at ATMs.

Exhibit E-3 traces the first victim&apos;s money under the *first-in, first-out* rule; E-5 is the seized phone&apos;s chat in which the caller line reports each payment to its handler.</source>
        <translation>Between 1 and 11 March 2024 **eight people** reported that men posing as police had told them to move their savings to a &quot;safe account&quot;. The carriers&apos; call records show three caller lines of one ring calling each victim minutes before the victim&apos;s transfer.

The banks&apos; statements show the money

- passing through mule accounts within hours, and
- leaving as cash at ATMs.

Exhibit E-3 traces the first victim&apos;s money under the *first-in, first-out* rule; E-5 is the seized phone&apos;s chat in which the caller line reports each payment to its handler.</translation>
    </message>
    <message>
        <source>The analyst&apos;s narrative, in Markdown (headings, lists, bold, italic).</source>
        <translation>The analyst&apos;s narrative, in Markdown (headings, lists, bold, italic).</translation>
    </message>
    <message>
        <source>seal the case and its sources into one encrypted, signed file</source>
        <translation>seal the case and its sources into one encrypted, signed file</translation>
    </message>
    <message>
        <source>check a bundle and only then write its case</source>
        <translation>check a bundle and only then write its case</translation>
    </message>
    <message>
        <source>%1: the passphrase file is empty</source>
        <translation>%1: the passphrase file is empty</translation>
    </message>
    <message>
        <source>Seal the case, with the original sources it keeps, into one encrypted, signed file for a colleague.</source>
        <translation>Seal the case, with the original sources it keeps, into one encrypted, signed file for a colleague.</translation>
    </message>
    <message>
        <source>The bundle to write.</source>
        <translation>The bundle to write.</translation>
    </message>
    <message>
        <source>Encrypt with a key derived (Argon2id) from the first line of this file.</source>
        <translation>Encrypt with a key derived (Argon2id) from the first line of this file.</translation>
    </message>
    <message>
        <source>Seal to this colleague&apos;s public key (as `casebench key --json` prints it).</source>
        <translation>Seal to this colleague&apos;s public key (as `casebench key --json` prints it).</translation>
    </message>
    <message>
        <source>bundle: CASE and -o FILE.cbx are required</source>
        <translation>bundle: CASE and -o FILE.cbx are required</translation>
    </message>
    <message>
        <source>bundle: give either --passphrase-file or --recipient</source>
        <translation>bundle: give either --passphrase-file or --recipient</translation>
    </message>
    <message>
        <source>%1: case %2 with %3 sources, audit head %4, signed by %5 (%6)</source>
        <translation>%1: case %2 with %3 sources, audit head %4, signed by %5 (%6)</translation>
    </message>
    <message>
        <source>Open a bundle into a new case file: authenticity, every hash and the case&apos;s verification are checked before anything is written.</source>
        <translation>Open a bundle into a new case file: authenticity, every hash and the case&apos;s verification are checked before anything is written.</translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation>The bundle.</translation>
    </message>
    <message>
        <source>The passphrase, the first line of this file.</source>
        <translation>The passphrase, the first line of this file.</translation>
    </message>
    <message>
        <source>unbundle: FILE.cbx and -o CASE are required</source>
        <translation>unbundle: FILE.cbx and -o CASE are required</translation>
    </message>
    <message>
        <source>%1: unpacked and verified; bundled by %2 (%3), audit head %4</source>
        <translation>%1: unpacked and verified; bundled by %2 (%3), audit head %4</translation>
    </message>
    <message>
        <source>Signed: %1 audit entries by the key %2</source>
        <translation>Signed: %1 audit entries by the key %2</translation>
    </message>
    <message>
        <source>Note: %1 audit entries made before entries were signed carry no signature</source>
        <translation>Note: %1 audit entries made before entries were signed carry no signature</translation>
    </message>
    <message>
        <source>The investigator&apos;s name the key carries (set or changed; the key stays the same).</source>
        <translation>The investigator&apos;s name the key carries (set or changed; the key stays the same).</translation>
    </message>
    <message>
        <source>draw every event on one time axis, in lanes by kind or by entity</source>
        <translation>draw every event on one time axis, in lanes by kind or by entity</translation>
    </message>
    <message>
        <source>draw activity by hour and weekday</source>
        <translation>draw activity by hour and weekday</translation>
    </message>
    <message>
        <source>The picture to write: .png, .svg or .pdf.</source>
        <translation>The picture to write: .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Start of the period (a date or an ISO 8601 time; default: the first event).</source>
        <translation>Start of the period (a date or an ISO 8601 time; default: the first event).</translation>
    </message>
    <message>
        <source>End of the period (default: the last event).</source>
        <translation>End of the period (default: the last event).</translation>
    </message>
    <message>
        <source>An entity (a phone number, an account...); repeat for more.</source>
        <translation>An entity (a phone number, an account...); repeat for more.</translation>
    </message>
    <message>
        <source>Which events: transactions,calls,messages,locations,balances,events,leads (default: all).</source>
        <translation>Which events: transactions,calls,messages,locations,balances,events,leads (default: all).</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels (default 1600x900).</source>
        <translation>The picture&apos;s size in pixels (default 1600x900).</translation>
    </message>
    <message>
        <source>CASE and -o FILE are required</source>
        <translation>CASE and -o FILE are required</translation>
    </message>
    <message>
        <source>the picture must be a .png, .svg or .pdf file</source>
        <translation>the picture must be a .png, .svg or .pdf file</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT, from 400x300 to 10000x10000</source>
        <translation>--size is WIDTHxHEIGHT, from 400x300 to 10000x10000</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (transactions, calls, messages, locations, balances, events, leads)</source>
        <translation>unknown kind &quot;%1&quot; (transactions, calls, messages, locations, balances, events, leads)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unknown time zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or an ISO 8601 time</source>
        <translation>--%1: &quot;%2&quot; is not a date or an ISO 8601 time</translation>
    </message>
    <message>
        <source>Draw the timeline: every event on one time axis, in lanes by kind or by entity, with the density of the period above, in the case&apos;s zone (named on the picture).</source>
        <translation>Draw the timeline: every event on one time axis, in lanes by kind or by entity, with the density of the period above, in the case&apos;s zone (named on the picture).</translation>
    </message>
    <message>
        <source>kind (default) or entity.</source>
        <translation>kind (default) or entity.</translation>
    </message>
    <message>
        <source>The zone to draw the axis in (default: the case&apos;s).</source>
        <translation>The zone to draw the axis in (default: the case&apos;s).</translation>
    </message>
    <message>
        <source>Keep this view in the case under a name.</source>
        <translation>Keep this view in the case under a name.</translation>
    </message>
    <message>
        <source>Start from a saved view (the other options change it).</source>
        <translation>Start from a saved view (the other options change it).</translation>
    </message>
    <message>
        <source>Draw the density on a log scale.</source>
        <translation>Draw the density on a log scale.</translation>
    </message>
    <message>
        <source>--lanes is kind or entity</source>
        <translation>--lanes is kind or entity</translation>
    </message>
    <message>
        <source>%1: %2 events from %3 to %4 (%5), %6 lanes</source>
        <translation>%1: %2 events from %3 to %4 (%5), %6 lanes</translation>
    </message>
    <message>
        <source>Draw activity by hour and weekday, in a zone or in each event&apos;s own recorded offset (--timezone source).</source>
        <translation>Draw activity by hour and weekday, in a zone or in each event&apos;s own recorded offset (--timezone source).</translation>
    </message>
    <message>
        <source>The zone to count hours in (default: the case&apos;s), or source: each event&apos;s own offset.</source>
        <translation>The zone to count hours in (default: the case&apos;s), or source: each event&apos;s own offset.</translation>
    </message>
    <message>
        <source>%1: %2 events by hour and weekday (%3)</source>
        <translation>%1: %2 events by hour and weekday (%3)</translation>
    </message>
    <message>
        <source>table, record, thread, run, lead or timeline.</source>
        <translation>table, record, thread, run, lead or timeline.</translation>
    </message>
    <message>
        <source>Only events a subject, victim, witness or associate takes part in (repeatable).</source>
        <translation>Only events a subject, victim, witness or associate takes part in (repeatable).</translation>
    </message>
    <message>
        <source>Only records with this tag (repeatable).</source>
        <translation>Only records with this tag (repeatable).</translation>
    </message>
    <message>
        <source>Only events whose description, number, message or place contains this text.</source>
        <translation>Only events whose description, number, message or place contains this text.</translation>
    </message>
    <message>
        <source>Only events from this source: its file name or the start of its SHA-256 (repeatable).</source>
        <translation>Only events from this source: its file name or the start of its SHA-256 (repeatable).</translation>
    </message>
    <message>
        <source>--role is subject, victim, witness or associate, not &quot;%1&quot;</source>
        <translation>--role is subject, victim, witness or associate, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no source is &quot;%1&quot; (a file name, or the start of a SHA-256)</source>
        <translation>no source is &quot;%1&quot; (a file name, or the start of a SHA-256)</translation>
    </message>
    <message>
        <source>Only money moved and balances stated of at least this amount (other kinds are hidden).</source>
        <translation>Only money moved and balances stated of at least this amount (other kinds are hidden).</translation>
    </message>
    <message>
        <source>Only money moved and balances stated of at most this amount.</source>
        <translation>Only money moved and balances stated of at most this amount.</translation>
    </message>
    <message>
        <source>The currency of the amounts (default: the case&apos;s most used).</source>
        <translation>The currency of the amounts (default: the case&apos;s most used).</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>--currency: &quot;%1&quot; is not an ISO 4217 currency</translation>
    </message>
    <message>
        <source>--%1 is an amount such as 1000 or 1000.50</source>
        <translation>--%1 is an amount such as 1000 or 1000.50</translation>
    </message>
    <message>
        <source>draw the link chart: who called and paid whom, laid out by Graphviz</source>
        <translation>draw the link chart: who called and paid whom, laid out by Graphviz</translation>
    </message>
    <message>
        <source>Add an exhibit: table --kind K [--entity X]... [--from T] [--to T] [--text T] | record UUID | thread MESSAGE_UUID | run RUN_ID | lead CODE | timeline VIEW | chart NAME; each with [--caption T] [--note T]. Prints its number, E-N.</source>
        <translation>Add an exhibit: table --kind K [--entity X]... [--from T] [--to T] [--text T] | record UUID | thread MESSAGE_UUID | run RUN_ID | lead CODE | timeline VIEW | chart NAME; each with [--caption T] [--note T]. Prints its number, E-N.</translation>
    </message>
    <message>
        <source>The file to write: .svg, .pdf, .png, .graphml, .gexf or .dot.</source>
        <translation>The file to write: .svg, .pdf, .png, .graphml, .gexf or .dot.</translation>
    </message>
    <message>
        <source>Start from this entity (a phone number, an account...); repeat for more. Default: the subjects and victims, else the seized devices&apos; owners.</source>
        <translation>Start from this entity (a phone number, an account...); repeat for more. Default: the subjects and victims, else the seized devices&apos; owners.</translation>
    </message>
    <message>
        <source>Every entity with a link (large charts).</source>
        <translation>Every entity with a link (large charts).</translation>
    </message>
    <message>
        <source>How many steps out from the starting entities (default 1).</source>
        <translation>How many steps out from the starting entities (default 1).</translation>
    </message>
    <message>
        <source>Which links: calls,money,messages,links (default: all).</source>
        <translation>Which links: calls,money,messages,links (default: all).</translation>
    </message>
    <message>
        <source>Hide links of fewer events.</source>
        <translation>Hide links of fewer events.</translation>
    </message>
    <message>
        <source>Hide money links moving less.</source>
        <translation>Hide money links moving less.</translation>
    </message>
    <message>
        <source>The currency of --min-amount (default: the case&apos;s most used).</source>
        <translation>The currency of --min-amount (default: the case&apos;s most used).</translation>
    </message>
    <message>
        <source>New partners drawn per entity; the rest behind a &quot;+N more&quot; node (default 20).</source>
        <translation>New partners drawn per entity; the rest behind a &quot;+N more&quot; node (default 20).</translation>
    </message>
    <message>
        <source>Only events from this time on (a date or an ISO 8601 time).</source>
        <translation>Only events from this time on (a date or an ISO 8601 time).</translation>
    </message>
    <message>
        <source>Only events before this time.</source>
        <translation>Only events before this time.</translation>
    </message>
    <message>
        <source>sfdp (default), neato, dot (money left to right), circo or twopi.</source>
        <translation>sfdp (default), neato, dot (money left to right), circo or twopi.</translation>
    </message>
    <message>
        <source>Keep the chart in the case under a name, with its positions.</source>
        <translation>Keep the chart in the case under a name, with its positions.</translation>
    </message>
    <message>
        <source>Draw a saved chart (the other options change it).</source>
        <translation>Draw a saved chart (the other options change it).</translation>
    </message>
    <message>
        <source>A picture&apos;s size in pixels (default 1600x1000).</source>
        <translation>A picture&apos;s size in pixels (default 1600x1000).</translation>
    </message>
    <message>
        <source>--hops is a number from 0 to 6</source>
        <translation>--hops is a number from 0 to 6</translation>
    </message>
    <message>
        <source>--min-count is a number of at least 1</source>
        <translation>--min-count is a number of at least 1</translation>
    </message>
    <message>
        <source>--max-links-per-node is a number from 1 to 100000</source>
        <translation>--max-links-per-node is a number from 1 to 100000</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (calls, money, messages, links)</source>
        <translation>unknown kind &quot;%1&quot; (calls, money, messages, links)</translation>
    </message>
    <message>
        <source>--layout is sfdp, neato, dot, circo or twopi</source>
        <translation>--layout is sfdp, neato, dot, circo or twopi</translation>
    </message>
    <message>
        <source>--min-amount is an amount such as 1000 or 1000.50</source>
        <translation>--min-amount is an amount such as 1000 or 1000.50</translation>
    </message>
    <message>
        <source>Draw the link chart: the entities and the calls, money and messages between them, aggregated per pair, laid out by Graphviz.</source>
        <translation>Draw the link chart: the entities and the calls, money and messages between them, aggregated per pair, laid out by Graphviz.</translation>
    </message>
    <message>
        <source>the file must be .svg, .pdf, .png, .graphml, .gexf or .dot</source>
        <translation>the file must be .svg, .pdf, .png, .graphml, .gexf or .dot</translation>
    </message>
    <message>
        <source>%1: %2 entities, %3 links (layout %4)</source>
        <translation>%1: %2 entities, %3 links (layout %4)</translation>
    </message>
    <message>
        <source>merges, owner marks and asserted links, undone ones included</source>
        <translation>merges, owner marks and asserted links, undone ones included</translation>
    </message>
    <message>
        <source>assert a link between two entities, with its status</source>
        <translation>assert a link between two entities, with its status</translation>
    </message>
    <message>
        <source>change an asserted link&apos;s status</source>
        <translation>change an asserted link&apos;s status</translation>
    </message>
    <message>
        <source>List merges, owner marks and asserted links, undone ones included.</source>
        <translation>List merges, owner marks and asserted links, undone ones included.</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>Draw nodes larger by degree, betweenness, closeness or eigenvector, and rank them (JSON).</source>
        <translation>Draw nodes larger by degree, betweenness, closeness or eigenvector, and rank them (JSON).</translation>
    </message>
    <message>
        <source>--size-by is degree, betweenness, closeness or eigenvector</source>
        <translation>--size-by is degree, betweenness, closeness or eigenvector</translation>
    </message>
    <message>
        <source>Assert a link between two entities: FROM owns, uses, is a member of or an alias of TO. It is drawn on the link chart with its status.</source>
        <translation>Assert a link between two entities: FROM owns, uses, is a member of or an alias of TO. It is drawn on the link chart with its status.</translation>
    </message>
    <message>
        <source>An entity (a phone number, an account, #id...).</source>
        <translation>An entity (a phone number, an account, #id...).</translation>
    </message>
    <message>
        <source>The other entity.</source>
        <translation>The other entity.</translation>
    </message>
    <message>
        <source>owns, uses, member_of or alias_of.</source>
        <translation>owns, uses, member_of or alias_of.</translation>
    </message>
    <message>
        <source>alleged (default), corroborated or refuted.</source>
        <translation>alleged (default), corroborated or refuted.</translation>
    </message>
    <message>
        <source>What it rests on: sources, statements, exhibits.</source>
        <translation>What it rests on: sources, statements, exhibits.</translation>
    </message>
    <message>
        <source>Why (recorded with the link and in the audit log; required).</source>
        <translation>Why (recorded with the link and in the audit log; required).</translation>
    </message>
    <message>
        <source>link: CASE, FROM, TO and --kind are required</source>
        <translation>link: CASE, FROM, TO and --kind are required</translation>
    </message>
    <message>
        <source>link %1 asserted (%2)</source>
        <translation>link %1 asserted (%2)</translation>
    </message>
    <message>
        <source>Change an asserted link&apos;s status; the earlier ones stay in its history.</source>
        <translation>Change an asserted link&apos;s status; the earlier ones stay in its history.</translation>
    </message>
    <message>
        <source>alleged, corroborated or refuted.</source>
        <translation>alleged, corroborated or refuted.</translation>
    </message>
    <message>
        <source>Why (recorded with the status and in the audit log; required).</source>
        <translation>Why (recorded with the status and in the audit log; required).</translation>
    </message>
    <message>
        <source>link-status: CASE, a LINK number and a STATUS are required</source>
        <translation>link-status: CASE, a LINK number and a STATUS are required</translation>
    </message>
    <message>
        <source>link %1 is now %2</source>
        <translation>link %1 is now %2</translation>
    </message>
    <message>
        <source>%1: cannot write the profile: %2</source>
        <translation>%1: cannot write the profile: %2</translation>
    </message>
    <message>
        <source>%1: the mapping inferred for %2 was saved; name it with --profile %1 next time</source>
        <translation>%1: the mapping inferred for %2 was saved; name it with --profile %1 next time</translation>
    </message>
    <message>
        <source>%1: no file needed an inferred mapping, so no profile was written</source>
        <translation>%1: no file needed an inferred mapping, so no profile was written</translation>
    </message>
    <message>
        <source>When no profile knew a file&apos;s layout and its columns were mapped from their header words and content, save that mapping as a profile file.</source>
        <translation>When no profile knew a file&apos;s layout and its columns were mapped from their header words and content, save that mapping as a profile file.</translation>
    </message>
    <message>
        <source>%1: the best guess for %2 (not sure enough to import) was saved: correct it and name it with --profile %1</source>
        <translation>%1: the best guess for %2 (not sure enough to import) was saved: correct it and name it with --profile %1</translation>
    </message>
    <message>
        <source>down: where the money paid out went; up: where the money paid in came from.</source>
        <translation>down: where the money paid out went; up: where the money paid in came from.</translation>
    </message>
    <message>
        <source>An account or number to compare (common-*, top-contacts, path); for unrequested-accounts, an account whose money is traced.</source>
        <translation>An account or number to compare (common-*, top-contacts, path); for unrequested-accounts, an account whose money is traced.</translation>
    </message>
    <message>
        <source>numbers and accounts, messages, contacts, artifacts, notes and transactions, with provenance</source>
        <translation>numbers and accounts, messages, contacts, artifacts, notes and transactions, with provenance</translation>
    </message>
    <message>
        <source>bring a colleague&apos;s copy of the case in (three-way; conflicts kept)</source>
        <translation>bring a colleague&apos;s copy of the case in (three-way; conflicts kept)</translation>
    </message>
    <message>
        <source>what merged copies changed differently, both versions</source>
        <translation>what merged copies changed differently, both versions</translation>
    </message>
    <message>
        <source>settle a conflict of merged copies</source>
        <translation>settle a conflict of merged copies</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Would merge %1 (dry run: nothing written)</source>
        <translation>Would merge %1 (dry run: nothing written)</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>Merged %1</translation>
    </message>
    <message>
        <source>  common history: %1 entries; their entries since the last agreement: %2</source>
        <translation>  common history: %1 entries; their entries since the last agreement: %2</translation>
    </message>
    <message>
        <source>  came in: %1</source>
        <translation>  came in: %1</translation>
    </message>
    <message>
        <source>  taken from theirs: %1</source>
        <translation>  taken from theirs: %1</translation>
    </message>
    <message>
        <source>  deleted as theirs deleted: %1</source>
        <translation>  deleted as theirs deleted: %1</translation>
    </message>
    <message>
        <source>  files both copies imported (counted once): %1</source>
        <translation>  files both copies imported (counted once): %1</translation>
    </message>
    <message>
        <source>  renumbered %1 %2 → %3 (both copies had given it)</source>
        <translation>  renumbered %1 %2 → %3 (both copies had given it)</translation>
    </message>
    <message>
        <source>  not merged: %1 (what it refers to is not in this case)</source>
        <translation>  not merged: %1 (what it refers to is not in this case)</translation>
    </message>
    <message>
        <source>  conflict %1: %2 %3: %4</source>
        <translation>  conflict %1: %2 %3: %4</translation>
    </message>
    <message>
        <source>  nothing to merge: this case already holds everything of that copy</source>
        <translation>  nothing to merge: this case already holds everything of that copy</translation>
    </message>
    <message numerus="yes">
        <source>  %n open conflict(s): `casebench conflicts` lists them, `casebench resolve` settles one</source>
        <translation>
            <numerusform>  %n open conflict: `casebench conflicts` lists them, `casebench resolve` settles one</numerusform>
            <numerusform>  %n open conflicts: `casebench conflicts` lists them, `casebench resolve` settles one</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring a colleague&apos;s copy of this case in: their sources (each file once), records, notes, tags, roles, leads, events, exhibits, merges and runs. What both copies changed differently is kept as a conflict.</source>
        <translation>Bring a colleague&apos;s copy of this case in: their sources (each file once), records, notes, tags, roles, leads, events, exhibits, merges and runs. What both copies changed differently is kept as a conflict.</translation>
    </message>
    <message>
        <source>This case (written to).</source>
        <translation>This case (written to).</translation>
    </message>
    <message>
        <source>The colleague&apos;s copy (only read).</source>
        <translation>The colleague&apos;s copy (only read).</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>Report what would change; write nothing.</translation>
    </message>
    <message>
        <source>OTHER is a different case: add everything it holds, compare nothing.</source>
        <translation>OTHER is a different case: add everything it holds, compare nothing.</translation>
    </message>
    <message>
        <source>merge-copy: CASE and OTHER are required</source>
        <translation>merge-copy: CASE and OTHER are required</translation>
    </message>
    <message>
        <source>What merges of copies found changed differently in both, with both versions.</source>
        <translation>What merges of copies found changed differently in both, with both versions.</translation>
    </message>
    <message>
        <source>Only the conflicts not yet resolved.</source>
        <translation>Only the conflicts not yet resolved.</translation>
    </message>
    <message>
        <source>conflicts: CASE is required</source>
        <translation>conflicts: CASE is required</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>    from %1, %2; %3</source>
        <translation>    from %1, %2; %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>took %1 (%2, %3)</source>
        <translation>took %1 (%2, %3)</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    mine:   %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    theirs: %1</translation>
    </message>
    <message>
        <source>Settle a conflict of merged copies: keep this copy&apos;s version, or take theirs. Audited.</source>
        <translation>Settle a conflict of merged copies: keep this copy&apos;s version, or take theirs. Audited.</translation>
    </message>
    <message>
        <source>Its code (C-000001).</source>
        <translation>Its code (C-000001).</translation>
    </message>
    <message>
        <source>mine or theirs.</source>
        <translation>mine or theirs.</translation>
    </message>
    <message>
        <source>resolve: CASE, CONFLICT and --take mine|theirs are required</source>
        <translation>resolve: CASE, CONFLICT and --take mine|theirs are required</translation>
    </message>
    <message>
        <source>%1: took %2.</source>
        <translation>%1: took %2.</translation>
    </message>
    <message>
        <source>source files</source>
        <translation>source files</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entities</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>identifiers</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>case details</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>lead status changes</source>
        <translation>lead status changes</translation>
    </message>
    <message>
        <source>lead entities</source>
        <translation>lead entities</translation>
    </message>
    <message>
        <source>analyst events</source>
        <translation>analyst events</translation>
    </message>
    <message>
        <source>event entities</source>
        <translation>event entities</translation>
    </message>
    <message>
        <source>exhibits</source>
        <translation>exhibits</translation>
    </message>
    <message>
        <source>merges and links</source>
        <translation>merges and links</translation>
    </message>
    <message>
        <source>links imports made</source>
        <translation>links imports made</translation>
    </message>
    <message>
        <source>link status changes</source>
        <translation>link status changes</translation>
    </message>
    <message>
        <source>analysis runs</source>
        <translation>analysis runs</translation>
    </message>
    <message>
        <source>%1: the case is open for writing in another Casebench (process %2 on %3). Close it there, then try again; if that process has gone from another computer, remove %4.</source>
        <translation>%1: the case is open for writing in another Casebench (process %2 on %3). Close it there, then try again; if that process has gone from another computer, remove %4.</translation>
    </message>
    <message>
        <source>%1: written, but not entered in the case&apos;s audit log: another Casebench has the case open for writing</source>
        <translation>%1: written, but not entered in the case&apos;s audit log: another Casebench has the case open for writing</translation>
    </message>
    <message>
        <source>The file&apos;s label in the exhibit register (kept in its certificate and cited in the packet).</source>
        <translation>The file&apos;s label in the exhibit register (kept in its certificate and cited in the packet).</translation>
    </message>
    <message>
        <source>%1: another Casebench has the case open for writing: the analysis is shown here but not saved as a run</source>
        <translation>%1: another Casebench has the case open for writing: the analysis is shown here but not saved as a run</translation>
    </message>
    <message>
        <source>Not saved: another Casebench has the case open for writing.</source>
        <translation>Not saved: another Casebench has the case open for writing.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found; not saved: another Casebench has the case open for writing</source>
        <translation>
            <numerusform>%n row found; not saved: another Casebench has the case open for writing</numerusform>
            <numerusform>%n rows found; not saved: another Casebench has the case open for writing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::app::MainWindow</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>About Casebench</source>
        <translation>About Casebench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Open Case…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Casebench</source>
        <translation>&amp;About Casebench</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Cell sites</source>
        <translation>Cell sites</translation>
    </message>
    <message>
        <source>Casebench — %1 (%2)</source>
        <translation>Casebench — %1 (%2)</translation>
    </message>
    <message>
        <source>%1 sources, %2 transactions, %3 calls, %4 entities; times shown in %5</source>
        <translation>%1 sources, %2 transactions, %3 calls, %4 entities; times shown in %5</translation>
    </message>
    <message>
        <source>Casebench</source>
        <translation>Casebench</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation>Open or create a case to begin.</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>New Case</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <source>%1: imported, %2 rows accepted, %3 rejected</source>
        <translation>%1: imported, %2 rows accepted, %3 rejected</translation>
    </message>
    <message>
        <source>%1: already in the case (same SHA-256)</source>
        <translation>%1: already in the case (same SHA-256)</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1: cancelled, nothing imported</translation>
    </message>
    <message>
        <source>%1: rejected, nothing imported</source>
        <translation>%1: rejected, nothing imported</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 does not say whose call records these are.
Target phone number:</source>
        <translation>%1 does not say whose call records these are.
Target phone number:</translation>
    </message>
    <message>
        <source>%1 does not state its currency.
Currency:</source>
        <translation>%1 does not state its currency.
Currency:</translation>
    </message>
    <message>
        <source>%1 (+%2 duplicates)</source>
        <translation>%1 (+%2 duplicates)</translation>
    </message>
    <message>
        <source>%1: skipped, no importer recognises it</source>
        <translation>%1: skipped, no importer recognises it</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>%1 is encrypted.
Password (used to open it, never stored in the case):</source>
        <translation>%1 is encrypted.
Password (used to open it, never stored in the case):</translation>
    </message>
    <message>
        <source>The password given does not open %1.
Password:</source>
        <translation>The password given does not open %1.
Password:</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>Stated balances</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Phone artifacts</source>
        <translation>Phone artifacts</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Note (kept with the record, audited):</source>
        <translation>Note (kept with the record, audited):</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Why is this entity a %1? (recorded with the role, audited)</source>
        <translation>Why is this entity a %1? (recorded with the role, audited)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebench %1&lt;/h3&gt;&lt;p&gt;Investigation workbench: every fact is traceable to its source file and row.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebench %1&lt;/h3&gt;&lt;p&gt;Investigation workbench: every fact is traceable to its source file and row.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Add an &amp;event no source holds…</source>
        <translation>Add an &amp;event no source holds…</translation>
    </message>
    <message>
        <source>Register a lead</source>
        <translation>Register a lead</translation>
    </message>
    <message>
        <source>What does the lead say?</source>
        <translation>What does the lead say?</translation>
    </message>
    <message>
        <source>informant report</source>
        <translation>informant report</translation>
    </message>
    <message>
        <source>bank alert</source>
        <translation>bank alert</translation>
    </message>
    <message>
        <source>platform warning</source>
        <translation>platform warning</translation>
    </message>
    <message>
        <source>victim report</source>
        <translation>victim report</translation>
    </message>
    <message>
        <source>carrier report</source>
        <translation>carrier report</translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation>Where did it come from?</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Move lead</translation>
    </message>
    <message>
        <source>%1 becomes %2. Note (kept in its history):</source>
        <translation>%1 becomes %2. Note (kept in its history):</translation>
    </message>
    <message>
        <source>Add an event no source holds</source>
        <translation>Add an event no source holds</translation>
    </message>
    <message>
        <source>victim statement, interview, report…</source>
        <translation>victim statement, interview, report…</translation>
    </message>
    <message>
        <source>When (%1):</source>
        <translation>When (%1):</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>On what basis:</source>
        <translation>On what basis:</translation>
    </message>
    <message>
        <source>Choose a record table (Transactions, Calls…) to export.</source>
        <translation>Choose a record table (Transactions, Calls…) to export.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (SHA-256 %3)</source>
        <translation>Exported %1 rows to %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Mark the device&apos;s owner</source>
        <translation>Mark the device&apos;s owner</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Merge entities</translation>
    </message>
    <message>
        <source>Why is this the owner&apos;s line? (recorded in the audit log)</source>
        <translation>Why is this the owner&apos;s line? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Why are they one person? (recorded in the audit log)</source>
        <translation>Why are they one person? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Confidence (%):</source>
        <translation>Confidence (%):</translation>
    </message>
    <message>
        <source>Fund tracing</source>
        <translation>Fund tracing</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patterns</translation>
    </message>
    <message>
        <source>Bookmark as exhibit</source>
        <translation>Bookmark as exhibit</translation>
    </message>
    <message>
        <source>Caption of the exhibit for run %1:</source>
        <translation>Caption of the exhibit for run %1:</translation>
    </message>
    <message>
        <source>Export E&amp;vidence Packet…</source>
        <translation>Export E&amp;vidence Packet…</translation>
    </message>
    <message numerus="yes">
        <source>This case fails verification: %n problem(s). Its facts may not be what was imported. The first: %1 (casebench verify CASE lists them all)</source>
        <translation>
            <numerusform>This case fails verification: %n problem. Its facts may not be what was imported. The first: %1 (casebench verify CASE lists them all)</numerusform>
            <numerusform>This case fails verification: %n problems. Its facts may not be what was imported. The first: %1 (casebench verify CASE lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebench cases and bundles (*.casebench *.cbx);;All files (*)</source>
        <translation>Casebench cases and bundles (*.casebench *.cbx);;All files (*)</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Open Bundle</translation>
    </message>
    <message>
        <source>Passphrase (leave empty for a bundle sealed to your key):</source>
        <translation>Passphrase (leave empty for a bundle sealed to your key):</translation>
    </message>
    <message>
        <source>Unpack the Bundle into</source>
        <translation>Unpack the Bundle into</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench)</source>
        <translation>Casebench cases (*.casebench)</translation>
    </message>
    <message>
        <source>Checking and unpacking %1…</source>
        <translation>Checking and unpacking %1…</translation>
    </message>
    <message>
        <source>Unpacked and verified; bundled by %1 (%2)</source>
        <translation>Unpacked and verified; bundled by %1 (%2)</translation>
    </message>
    <message>
        <source>Case &amp;Details…</source>
        <translation>Case &amp;Details…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Link Chart</source>
        <translation>Link Chart</translation>
    </message>
    <message>
        <source>asserted on the link chart</source>
        <translation>asserted on the link chart</translation>
    </message>
    <message>
        <source>Assert a link</source>
        <translation>Assert a link</translation>
    </message>
    <message>
        <source>Why (what it rests on: a statement, a source, an exhibit)?</source>
        <translation>Why (what it rests on: a statement, a source, an exhibit)?</translation>
    </message>
    <message>
        <source>status set on the link chart</source>
        <translation>status set on the link chart</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Link status</translation>
    </message>
    <message>
        <source>Why is the link now %1?</source>
        <translation>Why is the link now %1?</translation>
    </message>
    <message>
        <source>%1: the case file could not be written out (is the disk full?): until it is, the import is only in %2-wal, which must stay beside the case</source>
        <translation>%1: the case file could not be written out (is the disk full?): until it is, the import is only in %2-wal, which must stay beside the case</translation>
    </message>
    <message>
        <source>%1 does not say whose account it is.
Account or card number (Cancel: import onto a placeholder account to merge later):</source>
        <translation>%1 does not say whose account it is.
Account or card number (Cancel: import onto a placeholder account to merge later):</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <source>&amp;Export Table (CSV, Excel)…</source>
        <translation>&amp;Export Table (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Export Table</translation>
    </message>
    <message>
        <source>Search the case (Ctrl+Shift+F)</source>
        <translation>Search the case (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>A number or an account in any written form, a name, or words of a message, a note or a transaction</source>
        <translation>A number or an account in any written form, a name, or words of a message, a note or a transaction</translation>
    </message>
    <message>
        <source>&amp;Merge a Colleague&apos;s Copy…</source>
        <translation>&amp;Merge a Colleague&apos;s Copy…</translation>
    </message>
    <message>
        <source>Merge &amp;Conflicts…</source>
        <translation>Merge &amp;Conflicts…</translation>
    </message>
    <message>
        <source>Merge a Colleague&apos;s Copy</source>
        <translation>Merge a Colleague&apos;s Copy</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench);;All files (*)</source>
        <translation>Casebench cases (*.casebench);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %n selected row(s), or all %1 rows shown?</source>
        <translation>
            <numerusform>Export only the %n selected row, or all %1 rows shown?</numerusform>
            <numerusform>Export only the %n selected rows, or all %1 rows shown?</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected Rows</source>
        <translation>Selected Rows</translation>
    </message>
    <message>
        <source>All Rows</source>
        <translation>All Rows</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Casebench — %1 (%2) [read-only]</source>
        <translation>Casebench — %1 (%2) [read-only]</translation>
    </message>
    <message>
        <source>Open the Demo Case</source>
        <translation>Open the Demo Case</translation>
    </message>
    <message>
        <source>Building the demo case (a minute at most)…</source>
        <translation>Building the demo case (a minute at most)…</translation>
    </message>
    <message>
        <source>The demo case could not be built:
%1</source>
        <translation>The demo case could not be built:
%1</translation>
    </message>
    <message>
        <source>Not done: this case is open read-only, because another Casebench has it open for writing.</source>
        <translation>Not done: this case is open read-only, because another Casebench has it open for writing.</translation>
    </message>
    <message>
        <source>Not entered in the case&apos;s audit log: the case is open read-only here.</source>
        <translation>Not entered in the case&apos;s audit log: the case is open read-only here.</translation>
    </message>
    <message>
        <source>Opening the case (one from an earlier Casebench is upgraded first)…</source>
        <translation>Opening the case (one from an earlier Casebench is upgraded first)…</translation>
    </message>
    <message>
        <source>the building process stopped unexpectedly</source>
        <translation>the building process stopped unexpectedly</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <source>The language changes when the import has finished.</source>
        <translation>The language changes when the import has finished.</translation>
    </message>
    <message>
        <source>Read-only: another Casebench (process %1 on %2) has this case open for writing. You can read, search, analyse and export here; imports and edits are off, and analyses are not saved. Close the case there, then open it again here to work in it. If that Casebench has gone on another computer, remove %3.</source>
        <translation>Read-only: another Casebench (process %1 on %2) has this case open for writing. You can read, search, analyse and export here; imports and edits are off, and analyses are not saved. Close the case there, then open it again here to work in it. If that Casebench has gone on another computer, remove %3.</translation>
    </message>
    <message>
        <source>The language changes when the work in progress has finished.</source>
        <translation>The language changes when the work in progress has finished.</translation>
    </message>
</context>
<context>
    <name>cb::casefile::CaseSession</name>
    <message>
        <source>Merge entities</source>
        <translation>Merge entities</translation>
    </message>
    <message>
        <source>Mark the device&apos;s owner</source>
        <translation>Mark the device&apos;s owner</translation>
    </message>
    <message>
        <source>Undo a merge or owner mark</source>
        <translation>Undo a merge or owner mark</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>Add lead</translation>
    </message>
    <message>
        <source>Change lead status</source>
        <translation>Change lead status</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation>Add exhibit</translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation>Remove exhibit</translation>
    </message>
    <message>
        <source>Change case details</source>
        <translation>Change case details</translation>
    </message>
    <message>
        <source>Save timeline view</source>
        <translation>Save timeline view</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Assert a link</source>
        <translation>Assert a link</translation>
    </message>
    <message>
        <source>Set a link&apos;s status</source>
        <translation>Set a link&apos;s status</translation>
    </message>
</context>
<context>
    <name>cb::casefile::RecordQuery</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Counterparty account</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>Counterparty name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>Number or account</translation>
    </message>
    <message>
        <source>In the address book of</source>
        <translation>In the address book of</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation>Accuracy (m)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimuth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <source>Value-dated balance</source>
        <translation>Value-dated balance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>cb::casefile::SourceModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>Imported (UTC)</translation>
    </message>
</context>
<context>
    <name>cb::importers</name>
    <message>
        <source>Delimited text (CSV, TSV) with mapping profiles</source>
        <translation>Delimited text (CSV, TSV) with mapping profiles</translation>
    </message>
    <message>
        <source>SWIFT MT940/MT942 bank statements</source>
        <translation>SWIFT MT940/MT942 bank statements</translation>
    </message>
    <message>
        <source>Quicken Interchange Format (QIF)</source>
        <translation>Quicken Interchange Format (QIF)</translation>
    </message>
    <message>
        <source>OFX / QFX bank and credit-card statements</source>
        <translation>OFX / QFX bank and credit-card statements</translation>
    </message>
    <message>
        <source>ISO 20022 camt.052/053/054 statements</source>
        <translation>ISO 20022 camt.052/053/054 statements</translation>
    </message>
    <message>
        <source>Excel workbooks (.xls, .xlsx) with mapping profiles</source>
        <translation>Excel workbooks (.xls, .xlsx) with mapping profiles</translation>
    </message>
    <message>
        <source>PDF statements with a text layer (column-aligned tables)</source>
        <translation>PDF statements with a text layer (column-aligned tables)</translation>
    </message>
    <message>
        <source>Android backup-app XML (SMS Backup &amp; Restore, Super Backup): calls, SMS, MMS</source>
        <translation>Android backup-app XML (SMS Backup &amp; Restore, Super Backup): calls, SMS, MMS</translation>
    </message>
    <message>
        <source>Phone databases: Android and iOS call logs, messages, contacts, WhatsApp</source>
        <translation>Phone databases: Android and iOS call logs, messages, contacts, WhatsApp</translation>
    </message>
    <message>
        <source>Cellebrite UFDR and UFED XML reports (calls, messages, chats, contacts, locations)</source>
        <translation>Cellebrite UFDR and UFED XML reports (calls, messages, chats, contacts, locations)</translation>
    </message>
    <message>
        <source>CASE/UCO JSON-LD: calls, messages, contacts, cell sites, device and SIM</source>
        <translation>CASE/UCO JSON-LD: calls, messages, contacts, cell sites, device and SIM</translation>
    </message>
    <message>
        <source>ALEAPP / iLEAPP reports: TSV exports and result JSON (calls, messages, contacts)</source>
        <translation>ALEAPP / iLEAPP reports: TSV exports and result JSON (calls, messages, contacts)</translation>
    </message>
</context>
<context>
    <name>cb::reports::Certificate</name>
    <message>
        <source>Import certificate: %1</source>
        <translation>Import certificate: %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Format / profile</source>
        <translation>Format / profile</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation>Source time zone</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation>Rows accepted</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Control totals</source>
        <translation>Control totals</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Debits</translation>
    </message>
    <message>
        <source>Account %1: opening %2 %3, closing %4 %3; running balance: %5</source>
        <translation>Account %1: opening %2 %3, closing %4 %3; running balance: %5</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>continuous</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics (%1)</source>
        <translation>Diagnostics (%1)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>adds up</source>
        <translation>adds up</translation>
    </message>
    <message>
        <source>DOES NOT ADD UP</source>
        <translation>DOES NOT ADD UP</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>cannot be checked</translation>
    </message>
    <message>
        <source>Statement %1 (%2): opening %3 + %4 movements %5 = closing %6 %7: %8</source>
        <translation>Statement %1 (%2): opening %3 + %4 movements %5 = closing %6 %7: %8</translation>
    </message>
    <message numerus="yes">
        <source>Overlap: %n row(s) already in the case from source #%1 (%2), %3 – %4: linked as duplicates, counted once</source>
        <translation>
            <numerusform>Overlap: %n row already in the case from source #%1 (%2), %3 – %4: linked as a duplicate, counted once</numerusform>
            <numerusform>Overlap: %n rows already in the case from source #%1 (%2), %3 – %4: linked as duplicates, counted once</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap: account %1 (%2) has no statement row in the case from %3 to %4</source>
        <translation>Gap: account %1 (%2) has no statement row in the case from %3 to %4</translation>
    </message>
    <message>
        <source>Seized device</source>
        <translation>Seized device</translation>
    </message>
    <message>
        <source>Preserved with it</source>
        <translation>Preserved with it</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 bytes)</translation>
    </message>
    <message>
        <source>Only in the write-ahead log</source>
        <translation>Only in the write-ahead log</translation>
    </message>
    <message>
        <source>%1 rows (locators marked &quot;(WAL)&quot;)</source>
        <translation>%1 rows (locators marked &quot;(WAL)&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entr(ies)</source>
        <translation>
            <numerusform>%n contact entry</numerusform>
            <numerusform>%n contact entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell site(s)</source>
        <translation>
            <numerusform>%n cell site</numerusform>
            <numerusform>%n cell sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app or service account(s)</source>
        <translation>
            <numerusform>%n app or service account</numerusform>
            <numerusform>%n app or service accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other artifact(s)</source>
        <translation>
            <numerusform>%n other artifact</numerusform>
            <numerusform>%n other artifacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as</source>
        <translation>Accepted as</translation>
    </message>
    <message numerus="yes">
        <source>%n stated balance(s)</source>
        <translation>
            <numerusform>%n stated balance</numerusform>
            <numerusform>%n stated balances</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked at import: the case held no movements of the account then</source>
        <translation>not checked at import: the case held no movements of the account then</translation>
    </message>
    <message numerus="yes">
        <source>the movements in the case explain all %n change(s)</source>
        <translation>
            <numerusform>the movements in the case explain the %n change</numerusform>
            <numerusform>the movements in the case explain all %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) NOT EXPLAINED by the movements in the case (listed below)</source>
        <translation>
            <numerusform>%n change NOT EXPLAINED by the movements in the case (listed below)</numerusform>
            <numerusform>%n changes NOT EXPLAINED by the movements in the case (listed below)</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance history of account %1 (%2), %3 – %4: %5 stated balances; %6</source>
        <translation>Balance history of account %1 (%2), %3 – %4: %5 stated balances; %6</translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>Exhibit label</translation>
    </message>
</context>
<context>
    <name>cb::reports::Packet</name>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victim</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>witness</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>associate</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>The case holds no narrative.</source>
        <translation>The case holds no narrative.</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Period covered</translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation>Times shown in</translation>
    </message>
    <message>
        <source>Sources relied on</source>
        <translation>Sources relied on</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>People and lines with a role in the case:</source>
        <translation>People and lines with a role in the case:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Every source file this packet relies on, as preserved in the case, with its import certificate.</source>
        <translation>Every source file this packet relies on, as preserved in the case, with its import certificate.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation>Source time zone</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>%1 read, %2 accepted, %3 rejected, %4 skipped</source>
        <translation>%1 read, %2 accepted, %3 rejected, %4 skipped</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4, %5 breaks</source>
        <translation>%1: %2 → %3 %4, %5 breaks</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Running balance</translation>
    </message>
    <message>
        <source>Gaps and overlaps</source>
        <translation>Gaps and overlaps</translation>
    </message>
    <message>
        <source>%1 gaps, %2 overlaps with other statements</source>
        <translation>%1 gaps, %2 overlaps with other statements</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Identity decisions this exhibit depends on:</source>
        <translation>Identity decisions this exhibit depends on:</translation>
    </message>
    <message>
        <source>Case audit head: %1</source>
        <translation>Case audit head: %1</translation>
    </message>
    <message>
        <source>Redaction: identifiers and names of entities without a role in the case are masked.</source>
        <translation>Redaction: identifiers and names of entities without a role in the case are masked.</translation>
    </message>
    <message>
        <source>Redaction: none.</source>
        <translation>Redaction: none.</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>naming %1 (and every entity merged with it)</source>
        <translation>naming %1 (and every entity merged with it)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>containing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 records of kind &quot;%2&quot;, in time order. Below each row: its source file, the file&apos;s SHA-256 (first 12 digits), the row&apos;s place in the file and its row hash.</source>
        <translation>%1 records of kind &quot;%2&quot;, in time order. Below each row: its source file, the file&apos;s SHA-256 (first 12 digits), the row&apos;s place in the file and its row hash.</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>No record matches.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>none: every record of the kind</source>
        <translation>none: every record of the kind</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>by time, then as imported</source>
        <translation>by time, then as imported</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>Record UUID</translation>
    </message>
    <message>
        <source>The line as it stands in the preserved original file:</source>
        <translation>The line as it stands in the preserved original file:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History of the lead:</source>
        <translation>History of the lead:</translation>
    </message>
    <message>
        <source>As registered in the case&apos;s leads register; every status change is kept with who made it and when.</source>
        <translation>As registered in the case&apos;s leads register; every status change is kept with who made it and when.</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>fast-in-fast-out</source>
        <translation>fast-in-fast-out</translation>
    </message>
    <message>
        <source>fan-in</source>
        <translation>fan-in</translation>
    </message>
    <message>
        <source>fan-out</source>
        <translation>fan-out</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>unrequested</source>
        <translation>unrequested</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>hop limit</source>
        <translation>hop limit</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>locations</translation>
    </message>
    <message>
        <source>Traced from</source>
        <translation>Traced from</translation>
    </message>
    <message>
        <source>Amount traced</source>
        <translation>Amount traced</translation>
    </message>
    <message>
        <source>Where it ended</source>
        <translation>Where it ended</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>Traced</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Each movement the money took, hop by hop; times as the statements give them, with their UTC offset.</source>
        <translation>Each movement the money took, hop by hop; times as the statements give them, with their UTC offset.</translation>
    </message>
    <message>
        <source>The analysis found nothing.</source>
        <translation>The analysis found nothing.</translation>
    </message>
    <message>
        <source>First in, first out (the rule of Clayton&apos;s case): money leaving an account is taken from the oldest traced money still in it.</source>
        <translation>First in, first out (the rule of Clayton&apos;s case): money leaving an account is taken from the oldest traced money still in it.</translation>
    </message>
    <message>
        <source>Lowest intermediate balance: traced money in an account never exceeds the lowest balance the account fell to after it arrived.</source>
        <translation>Lowest intermediate balance: traced money in an account never exceeds the lowest balance the account fell to after it arrived.</translation>
    </message>
    <message>
        <source>Pro rata (Barlow Clowes): each payment out carries traced and other money in proportion to the balance.</source>
        <translation>Pro rata (Barlow Clowes): each payment out carries traced and other money in proportion to the balance.</translation>
    </message>
    <message>
        <source>No allocation: every later payment out of a reached account is followed in full.</source>
        <translation>No allocation: every later payment out of a reached account is followed in full.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Tracing rule</source>
        <translation>Tracing rule</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Data SHA-256</source>
        <translation>Data SHA-256</translation>
    </message>
    <message>
        <source>Result SHA-256</source>
        <translation>Result SHA-256</translation>
    </message>
    <message>
        <source>To reproduce</source>
        <translation>To reproduce</translation>
    </message>
    <message>
        <source>casebench rerun CASE %1 runs it again on the case and says whether the rows it reads and its result are still identical.</source>
        <translation>casebench rerun CASE %1 runs it again on the case and says whether the rows it reads and its result are still identical.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Exhibits</translation>
    </message>
    <message>
        <source>Packet %1</source>
        <translation>Packet %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Evidence packet</source>
        <translation>Evidence packet</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Investigators</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>Packet ID</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Packet fingerprint</source>
        <translation>Packet fingerprint</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>This packet embeds a manifest (manifest.json) listing every exhibit, every row it cites by UUID and row hash, and every source by SHA-256; the packet fingerprint above is the manifest&apos;s SHA-256. The file is signed with the key whose fingerprint is printed above. Check it with: casebench verify PACKET.pdf [--case CASE]</source>
        <translation>This packet embeds a manifest (manifest.json) listing every exhibit, every row it cites by UUID and row hash, and every source by SHA-256; the packet fingerprint above is the manifest&apos;s SHA-256. The file is signed with the key whose fingerprint is printed above. Check it with: casebench verify PACKET.pdf [--case CASE]</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>every %1 message of this source exchanged with %2</source>
        <translation>every %1 message of this source exchanged with %2</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Saved view</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Events shown</translation>
    </message>
    <message>
        <source>Each event&apos;s record, with its source file and row, is in the case; the exhibits of tables and records in this packet cite them row by row.</source>
        <translation>Each event&apos;s record, with its source file and row, is in the case; the exhibits of tables and records in this packet cite them row by row.</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>Drawn from</translation>
    </message>
    <message>
        <source>the case&apos;s events in the period, counted per time bin; where events fall too close to draw apart, a badge gives their number. The counts of the bins add up to the events in the period.</source>
        <translation>the case&apos;s events in the period, counted per time bin; where events fall too close to draw apart, a badge gives their number. The counts of the bins add up to the events in the period.</translation>
    </message>
    <message>
        <source>casebench timeline CASE -o FILE.pdf --view &quot;%1&quot; draws the same picture from the case.</source>
        <translation>casebench timeline CASE -o FILE.pdf --view &quot;%1&quot; draws the same picture from the case.</translation>
    </message>
    <message>
        <source>Events, duration or amount</source>
        <translation>Events, duration or amount</translation>
    </message>
    <message>
        <source>… %1 more lines: the chart&apos;s GraphML export lists them all</source>
        <translation>… %1 more lines: the chart&apos;s GraphML export lists them all</translation>
    </message>
    <message>
        <source>Saved chart</source>
        <translation>Saved chart</translation>
    </message>
    <message>
        <source>Entities and links</source>
        <translation>Entities and links</translation>
    </message>
    <message>
        <source>the case&apos;s calls, transfers and messages between each two entities, added up per direction. A call in both parties&apos; call records is counted once, from the caller&apos;s; a transfer in both accounts&apos; statements is counted once, from the payer&apos;s; rows repeating another statement&apos;s are not counted. Merged identities are one entity.</source>
        <translation>the case&apos;s calls, transfers and messages between each two entities, added up per direction. A call in both parties&apos; call records is counted once, from the caller&apos;s; a transfer in both accounts&apos; statements is counted once, from the payer&apos;s; rows repeating another statement&apos;s are not counted. Merged identities are one entity.</translation>
    </message>
    <message>
        <source>casebench chart CASE -o FILE.pdf --chart &quot;%1&quot; draws the same chart from the case; -o FILE.graphml writes its links with these figures.</source>
        <translation>casebench chart CASE -o FILE.pdf --chart &quot;%1&quot; draws the same chart from the case; -o FILE.graphml writes its links with these figures.</translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>Exhibit label</translation>
    </message>
</context>
<context>
    <name>cb::widgets::AnalysisView</name>
    <message>
        <source>The trace was cancelled; nothing was saved.</source>
        <translation>The trace was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>(no counterparty)</translation>
    </message>
    <message>
        <source>held in the account</source>
        <translation>held in the account</translation>
    </message>
    <message>
        <source>withdrawn as cash</source>
        <translation>withdrawn as cash</translation>
    </message>
    <message>
        <source>statement not requested yet</source>
        <translation>statement not requested yet</translation>
    </message>
    <message>
        <source>hop limit reached</source>
        <translation>hop limit reached</translation>
    </message>
    <message>
        <source>below the smallest payment</source>
        <translation>below the smallest payment</translation>
    </message>
    <message>
        <source>account or card number the money left</source>
        <translation>account or card number the money left</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>FIFO (Clayton&apos;s case)</source>
        <translation>FIFO (Clayton&apos;s case)</translation>
    </message>
    <message>
        <source>Lowest intermediate balance</source>
        <translation>Lowest intermediate balance</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <source>Paths only</source>
        <translation>Paths only</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>&amp;Hops:</translation>
    </message>
    <message>
        <source>&amp;Smallest payment:</source>
        <translation>&amp;Smallest payment:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Trace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved runs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flows&lt;/b&gt; — select one to see its transaction and source row in Details</source>
        <translation>&lt;b&gt;Flows&lt;/b&gt; — select one to see its transaction and source row in Details</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the money ended&lt;/b&gt;</source>
        <translation>&lt;b&gt;Where the money ended&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <source>Data SHA-256</source>
        <translation>Data SHA-256</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>Traced</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Tracing… (Cancel stops it; nothing is saved then)</source>
        <translation>Tracing… (Cancel stops it; nothing is saved then)</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2 %3 paid out of %4, followed up to %5 hops under %6; %n flow(s).</source>
        <translation>
            <numerusform>Run %1: %2 %3 paid out of %4, followed up to %5 hops under %6; %n flow.</numerusform>
            <numerusform>Run %1: %2 %3 paid out of %4, followed up to %5 hops under %6; %n flows.</numerusform>
        </translation>
    </message>
    <message>
        <source>paid out to no named account</source>
        <translation>paid out to no named account</translation>
    </message>
    <message>
        <source>&amp;Bookmark as exhibit…</source>
        <translation>&amp;Bookmark as exhibit…</translation>
    </message>
    <message>
        <source>Show on &amp;Timeline</source>
        <translation>Show on &amp;Timeline</translation>
    </message>
    <message>
        <source>The traced accounts as the timeline&apos;s lanes: when the money arrived and left</source>
        <translation>The traced accounts as the timeline&apos;s lanes: when the money arrived and left</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>account or card number the money reached</source>
        <translation>account or card number the money reached</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>&amp;Follow:</translation>
    </message>
    <message>
        <source>where the money went</source>
        <translation>where the money went</translation>
    </message>
    <message>
        <source>where the money came from</source>
        <translation>where the money came from</translation>
    </message>
    <message>
        <source>Enter the account and choose a rule. Every run is saved with the SHA-256 of the rows it read.</source>
        <translation>Enter the account and choose a rule. Every run is saved with the SHA-256 of the rows it read.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2 %3 paid into %4, followed back up to %5 hops under %6; %n flow(s).</source>
        <translation>
            <numerusform>Run %1: %2 %3 paid into %4, followed back up to %5 hops under %6; %n flow.</numerusform>
            <numerusform>Run %1: %2 %3 paid into %4, followed back up to %5 hops under %6; %n flows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation>Show on &amp;Chart</translation>
    </message>
    <message>
        <source>The traced accounts on the link chart: the money between them and who holds them</source>
        <translation>The traced accounts on the link chart: the money between them and who holds them</translation>
    </message>
</context>
<context>
    <name>cb::widgets::CaseDetailsDialog</name>
    <message>
        <source>Case Details</source>
        <translation>Case Details</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Handling line:</source>
        <translation>Handling line:</translation>
    </message>
    <message>
        <source>e.g. SZ-2024-0317 (the packet&apos;s Bates numbers start with its letters and digits)</source>
        <translation>e.g. SZ-2024-0317 (the packet&apos;s Bates numbers start with its letters and digits)</translation>
    </message>
    <message>
        <source>printed on every page of the packet</source>
        <translation>printed on every page of the packet</translation>
    </message>
    <message>
        <source>What happened, in Markdown: paragraphs, # headings, - lists, **bold**, *italic*</source>
        <translation>What happened, in Markdown: paragraphs, # headings, - lists, **bold**, *italic*</translation>
    </message>
    <message>
        <source>Narrative (Markdown):</source>
        <translation>Narrative (Markdown):</translation>
    </message>
    <message>
        <source>As the packet will show it:</source>
        <translation>As the packet will show it:</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ChartPainter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>App account</source>
        <translation>App account</translation>
    </message>
    <message>
        <source>Cell site</source>
        <translation>Cell site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>More partners</source>
        <translation>More partners</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Owns the device</source>
        <translation>Owns the device</translation>
    </message>
    <message>
        <source>Line of the device</source>
        <translation>Line of the device</translation>
    </message>
    <message>
        <source>Uses the account</source>
        <translation>Uses the account</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>Registered with</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1</source>
        <translation>
            <numerusform>%n call, %1</numerusform>
            <numerusform>%n calls, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n payment(s)</source>
        <translation>
            <numerusform>%1 %2 in %n payment</numerusform>
            <numerusform>%1 %2 in %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Link chart</translation>
    </message>
    <message>
        <source>%1 — link chart</source>
        <translation>%1 — link chart</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entities</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n links</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>every linked entity</source>
        <translation>every linked entity</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) from the starting entities</source>
        <translation>
            <numerusform>%n hop from the starting entities</numerusform>
            <numerusform>%n hops from the starting entities</numerusform>
        </translation>
    </message>
    <message>
        <source>layout %1</source>
        <translation>layout %1</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Shows: %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>from %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>the first event</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>the last event</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>the whole period</translation>
    </message>
    <message numerus="yes">
        <source>links of at least %n event(s)</source>
        <translation>
            <numerusform>links of at least %n event</numerusform>
            <numerusform>links of at least %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>money of at least %1 %2</source>
        <translation>money of at least %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n weaker link(s) not drawn</source>
        <translation>
            <numerusform>%n weaker link not drawn</numerusform>
            <numerusform>%n weaker links not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) behind “+N more”</source>
        <translation>
            <numerusform>%n partner behind “+N more”</numerusform>
            <numerusform>%n partners behind “+N more”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting entit(ies) without such links not drawn</source>
        <translation>
            <numerusform>%n starting entity without such links not drawn</numerusform>
            <numerusform>%n starting entities without such links not drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>Width: volume · arrows: direction · red badge: partners in all</source>
        <translation>Width: volume · arrows: direction · red badge: partners in all</translation>
    </message>
    <message>
        <source>No entity to start from: give one, or mark subjects or victims.</source>
        <translation>No entity to start from: give one, or mark subjects or victims.</translation>
    </message>
    <message numerus="yes">
        <source>%n more partner(s), the weakest: open the next page to draw them.</source>
        <translation>
            <numerusform>%n more partner, the weakest: open the next page to draw them.</numerusform>
            <numerusform>%n more partners, the weakest: open the next page to draw them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one identity with %n merged entit(ies)</source>
        <translation>
            <numerusform>one identity with %n merged entity</numerusform>
            <numerusform>one identity with %n merged entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) in the case</source>
        <translation>
            <numerusform>%n partner in the case</numerusform>
            <numerusform>%n partners in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn</source>
        <translation>
            <numerusform>%n drawn</numerusform>
            <numerusform>%n drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>direction not recorded</source>
        <translation>direction not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Owns</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>Alias of</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ChartView</name>
    <message>
        <source>Building the chart…</source>
        <translation>Building the chart…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entities</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n links</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind “+N more”</source>
        <translation>
            <numerusform>%n behind “+N more”</numerusform>
            <numerusform>%n behind “+N more”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting entit(ies) without such links</source>
        <translation>
            <numerusform>%n starting entity without such links</numerusform>
            <numerusform>%n starting entities without such links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak link(s) hidden</source>
        <translation>
            <numerusform>%n weak link hidden</numerusform>
            <numerusform>%n weak links hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>The two are not connected in this chart</source>
        <translation>The two are not connected in this chart</translation>
    </message>
    <message numerus="yes">
        <source>Shortest path: %n link(s)</source>
        <translation>
            <numerusform>Shortest path: %n link</numerusform>
            <numerusform>Shortest path: %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: sfdp (large networks)</source>
        <translation>Layout: sfdp (large networks)</translation>
    </message>
    <message>
        <source>Layout: neato (spring)</source>
        <translation>Layout: neato (spring)</translation>
    </message>
    <message>
        <source>Layout: dot (money left to right)</source>
        <translation>Layout: dot (money left to right)</translation>
    </message>
    <message>
        <source>Layout: circo (circular)</source>
        <translation>Layout: circo (circular)</translation>
    </message>
    <message>
        <source>Layout: twopi (radial)</source>
        <translation>Layout: twopi (radial)</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>How many steps out from the starting entities</source>
        <translation>How many steps out from the starting entities</translation>
    </message>
    <message>
        <source>Min. events</source>
        <translation>Min. events</translation>
    </message>
    <message>
        <source>Hide links of fewer events</source>
        <translation>Hide links of fewer events</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Link Labels</source>
        <translation>Link Labels</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Re-layout</translation>
    </message>
    <message>
        <source>Lay the whole chart out again; pinned nodes stay where they are</source>
        <translation>Lay the whole chart out again; pinned nodes stay where they are</translation>
    </message>
    <message>
        <source>Shortest Path</source>
        <translation>Shortest Path</translation>
    </message>
    <message>
        <source>Select two nodes, then highlight the shortest path between them</source>
        <translation>Select two nodes, then highlight the shortest path between them</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Save Chart…</translation>
    </message>
    <message>
        <source>Bookmark as Exhibit…</source>
        <translation>Bookmark as Exhibit…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Links stated or asserted (owner, account holder...)</source>
        <translation>Links stated or asserted (owner, account holder...)</translation>
    </message>
    <message numerus="yes">
        <source>Show the Next %n Partner(s)</source>
        <translation>
            <numerusform>Show the Next %n Partner</numerusform>
            <numerusform>Show the Next %n Partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand (One Hop Further)</source>
        <translation>Expand (One Hop Further)</translation>
    </message>
    <message>
        <source>Start a Chart Here</source>
        <translation>Start a Chart Here</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>Show on Timeline</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Group the Selected…</source>
        <translation>Group the Selected…</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Name of the group (a person, an organisation):</source>
        <translation>Name of the group (a person, an organisation):</translation>
    </message>
    <message>
        <source>Shortest Path Between the Two</source>
        <translation>Shortest Path Between the Two</translation>
    </message>
    <message>
        <source>Expand the Group</source>
        <translation>Expand the Group</translation>
    </message>
    <message>
        <source>Collapse the Group</source>
        <translation>Collapse the Group</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Show Both on Timeline</source>
        <translation>Show Both on Timeline</translation>
    </message>
    <message>
        <source>Hide Links of Fewer Events Than This</source>
        <translation>Hide Links of Fewer Events Than This</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Bookmark as Exhibit</source>
        <translation>Bookmark as Exhibit</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>Name of this chart:</source>
        <translation>Name of this chart:</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz (*.dot)</source>
        <translation>Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz (*.dot)</translation>
    </message>
    <message>
        <source>Size: all alike</source>
        <translation>Size: all alike</translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation>Size: degree</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>Size: betweenness</translation>
    </message>
    <message>
        <source>Size: closeness</source>
        <translation>Size: closeness</translation>
    </message>
    <message>
        <source>Size: eigenvector</source>
        <translation>Size: eigenvector</translation>
    </message>
    <message>
        <source>Draw nodes larger by a network measure, and rank the entities by it</source>
        <translation>Draw nodes larger by a network measure, and rank the entities by it</translation>
    </message>
    <message>
        <source>Assert a Link</source>
        <translation>Assert a Link</translation>
    </message>
    <message>
        <source>%1 owns %2</source>
        <translation>%1 owns %2</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 uses %2</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 is a member of %2</translation>
    </message>
    <message>
        <source>%1 is an alias of %2</source>
        <translation>%1 is an alias of %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>Alleged</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Corroborated</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Refuted</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ConflictsDialog</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Undone by</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Merge Conflicts</translation>
    </message>
    <message>
        <source>Objects both copies changed differently. This copy&apos;s version is the one in use until you take theirs.</source>
        <translation>Objects both copies changed differently. This copy&apos;s version is the one in use until you take theirs.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>This copy</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Show settled</source>
        <translation>Show settled</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Take Theirs</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>The conflicts cannot be read: %1</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>took theirs</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>kept mine</translation>
    </message>
    <message>
        <source>agreed in both copies</source>
        <translation>agreed in both copies</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>From %1, found %2</source>
        <translation>From %1, found %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open.</source>
        <translation>
            <numerusform>%n conflict open.</numerusform>
            <numerusform>%n conflicts open.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>%1: took theirs.</source>
        <translation>%1: took theirs.</translation>
    </message>
    <message>
        <source>%1: kept this copy&apos;s version.</source>
        <translation>%1: kept this copy&apos;s version.</translation>
    </message>
    <message>
        <source>%1 could not be settled: %2</source>
        <translation>%1 could not be settled: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>cb::widgets::DetailsView</name>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Contact entry</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Cell site</source>
        <translation>Cell site</translation>
    </message>
    <message>
        <source>Stated balance</source>
        <translation>Stated balance</translation>
    </message>
    <message>
        <source>Phone artifact</source>
        <translation>Phone artifact</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#555&apos;&gt;The source is not line-oriented text (%1): its record is identified by the locator above.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;The source is not line-oriented text (%1): its record is identified by the locator above.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a00&apos;&gt;Line %1 was not found in the preserved original.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a00&apos;&gt;Line %1 was not found in the preserved original.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a record to see everything about it and where it came from.</source>
        <translation>Select a record to see everything about it and where it came from.</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <source>Format / profile</source>
        <translation>Format / profile</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>Record UUID</translation>
    </message>
    <message>
        <source>Original record in the preserved source</source>
        <translation>Original record in the preserved source</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Records naming it</source>
        <translation>Records naming it</translation>
    </message>
    <message>
        <source>Entity UUID</source>
        <translation>Entity UUID</translation>
    </message>
    <message>
        <source>Identifiers and where each came from</source>
        <translation>Identifiers and where each came from</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (partial)</translation>
    </message>
    <message>
        <source>entered by an analyst</source>
        <translation>entered by an analyst</translation>
    </message>
    <message>
        <source>Merges and owner marks</source>
        <translation>Merges and owner marks</translation>
    </message>
    <message>
        <source>undone by %1, %2</source>
        <translation>undone by %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(s)</source>
        <translation>
            <numerusform>%n contact entry</numerusform>
            <numerusform>%n contact entrys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell site(s)</source>
        <translation>
            <numerusform>%n cell site</numerusform>
            <numerusform>%n cell sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stated balance(s)</source>
        <translation>
            <numerusform>%n stated balance</numerusform>
            <numerusform>%n stated balances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone artifact(s)</source>
        <translation>
            <numerusform>%n phone artifact</numerusform>
            <numerusform>%n phone artifacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>Exhibit label</translation>
    </message>
</context>
<context>
    <name>cb::widgets::DisplayProxy</name>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
</context>
<context>
    <name>cb::widgets::EntityView</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Bank accounts and cards</source>
        <translation>Bank accounts and cards</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>App accounts and e-mail</source>
        <translation>App accounts and e-mail</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>People and organisations</translation>
    </message>
    <message>
        <source>Cell sites and places</source>
        <translation>Cell sites and places</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>bank account</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>bank card</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>app account</source>
        <translation>app account</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>cell site</source>
        <translation>cell site</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victim</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>witness</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>associate</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Find: a number in any form, an account, IMEI or name (press Enter)</source>
        <translation>Find: a number in any form, an account, IMEI or name (press Enter)</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>With a role</source>
        <translation>With a role</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 and %2 as one person…</source>
        <translation>Merge %1 and %2 as one person…</translation>
    </message>
    <message>
        <source>Mark %1 as the owner&apos;s line of %2…</source>
        <translation>Mark %1 as the owner&apos;s line of %2…</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>Show on Timeline</translation>
    </message>
    <message>
        <source>Start a Link Chart Here</source>
        <translation>Start a Link Chart Here</translation>
    </message>
</context>
<context>
    <name>cb::widgets::HeatmapPainter</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%2:59: %n event</numerusform>
            <numerusform>%1 %2:00–%2:59: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>0 to %1 events per hour of the week · %2 in all</source>
        <translation>0 to %1 events per hour of the week · %2 in all</translation>
    </message>
    <message>
        <source>Activity by hour and weekday · %1</source>
        <translation>Activity by hour and weekday · %1</translation>
    </message>
    <message>
        <source>%1 to %2 · hours in %3</source>
        <translation>%1 to %2 · hours in %3</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>each event&apos;s own recorded offset</source>
        <translation>each event&apos;s own recorded offset</translation>
    </message>
    <message>
        <source>every entity</source>
        <translation>every entity</translation>
    </message>
    <message>
        <source>Activity by hour and weekday</source>
        <translation>Activity by hour and weekday</translation>
    </message>
</context>
<context>
    <name>cb::widgets::IdentityView</name>
    <message>
        <source>Looking for matches…</source>
        <translation>Looking for matches…</translation>
    </message>
    <message>
        <source>Finding matches failed: %1</source>
        <translation>Finding matches failed: %1</translation>
    </message>
    <message>
        <source>same person or organisation</source>
        <translation>same person or organisation</translation>
    </message>
    <message>
        <source>owner&apos;s line of the device</source>
        <translation>owner&apos;s line of the device</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>undone by %1 at %2</source>
        <translation>undone by %1 at %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Not merged: %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Not undone: %1</translation>
    </message>
    <message>
        <source>Select a suggested match first.</source>
        <translation>Select a suggested match first.</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Merge entities</translation>
    </message>
    <message>
        <source>Why are %1 and %2 the same? (recorded in the audit log)</source>
        <translation>Why are %1 and %2 the same? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Confidence (%):</source>
        <translation>Confidence (%):</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Select a decision first.</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Undo decision</translation>
    </message>
    <message>
        <source>Why is this decision withdrawn? (recorded in the audit log)</source>
        <translation>Why is this decision withdrawn? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested matches&lt;/b&gt; — never applied until you merge them</source>
        <translation>&lt;b&gt;Suggested matches&lt;/b&gt; — never applied until you merge them</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt; — merges and owner marks, with who, when and why</source>
        <translation>&lt;b&gt;Decisions&lt;/b&gt; — merges and owner marks, with who, when and why</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>Merge selected…</translation>
    </message>
    <message>
        <source>Undo selected…</source>
        <translation>Undo selected…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>By, at (UTC)</source>
        <translation>By, at (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), </source>
        <translation>
            <numerusform>%n suggestion, </numerusform>
            <numerusform>%n suggestions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>a justification is required: say why</source>
        <translation>a justification is required: say why</translation>
    </message>
    <message>
        <source>the case is open read-only here</source>
        <translation>the case is open read-only here</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ImportPreview</name>
    <message>
        <source>Reading the first rows…</source>
        <translation>Reading the first rows…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimuth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The file would be refused, nothing imported: %1</source>
        <translation>The file would be refused, nothing imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n record(s) of other kinds (messages, contacts, locations…), imported as they are.</source>
        <translation>
            <numerusform>The file holds %n record of other kinds (messages, contacts, locations…), imported as they are.</numerusform>
            <numerusform>The file holds %n records of other kinds (messages, contacts, locations…), imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) of the file, as they will be imported.</source>
        <translation>
            <numerusform>All %n record of the file, as they will be imported.</numerusform>
            <numerusform>All %n records of the file, as they will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s), as they will be imported.</source>
        <translation>
            <numerusform>The first %n record, as they will be imported.</numerusform>
            <numerusform>The first %n records, as they will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping: %1.</source>
        <translation>Mapping: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of those read would be rejected:</source>
        <translation>
            <numerusform>%n row of those read would be rejected:</numerusform>
            <numerusform>%n rows of those read would be rejected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::widgets::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Each file is recognised by its content. Check the format found for each; choose another where it is wrong.</source>
        <translation>Each file is recognised by its content. Check the format found for each; choose another where it is wrong.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>About these sources</source>
        <translation>About these sources</translation>
    </message>
    <message>
        <source>Kept with each source&apos;s import certificate and shown in the evidence packet.</source>
        <translation>Kept with each source&apos;s import certificate and shown in the evidence packet.</translation>
    </message>
    <message>
        <source>e.g. 调取证据通知书 2024-017, production order 12/2024</source>
        <translation>e.g. 调取证据通知书 2024-017, production order 12/2024</translation>
    </message>
    <message>
        <source>two letters, e.g. CN: the country of national phone numbers</source>
        <translation>two letters, e.g. CN: the country of national phone numbers</translation>
    </message>
    <message>
        <source>only when the files do not say whose account or line they are</source>
        <translation>only when the files do not say whose account or line they are</translation>
    </message>
    <message>
        <source>IMEI or exhibit label of the seized phone the files come from</source>
        <translation>IMEI or exhibit label of the seized phone the files come from</translation>
    </message>
    <message>
        <source>when the files name none, e.g. CNY</source>
        <translation>when the files name none, e.g. CNY</translation>
    </message>
    <message>
        <source>for an encrypted PDF (never stored in the case)</source>
        <translation>for an encrypted PDF (never stored in the case)</translation>
    </message>
    <message>
        <source>The case&apos;s zone (%1)</source>
        <translation>The case&apos;s zone (%1)</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>Investigator:</translation>
    </message>
    <message>
        <source>Time zone of times without an offset:</source>
        <translation>Time zone of times without an offset:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Account or line:</source>
        <translation>Account or line:</translation>
    </message>
    <message>
        <source>Seized device:</source>
        <translation>Seized device:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>PDF password:</translation>
    </message>
    <message>
        <source>%1 — not recognised</source>
        <translation>%1 — not recognised</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2 (%3%)</translation>
    </message>
    <message>
        <source>Detect when importing</source>
        <translation>Detect when importing</translation>
    </message>
    <message>
        <source>Detected: %1 (%2%)</source>
        <translation>Detected: %1 (%2%)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1, %2 bytes.</source>
        <translation>%1, %2 bytes.</translation>
    </message>
    <message>
        <source>Also readable as: %1.</source>
        <translation>Also readable as: %1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Say what each column holds. The preview below shows the first records as they will be imported.</source>
        <translation>Say what each column holds. The preview below shows the first records as they will be imported.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Pick one from the list.</source>
        <translation>“%1” is not a time zone. Pick one from the list.</translation>
    </message>
    <message>
        <source>%1 — a folder: every file in it an importer recognises</source>
        <translation>%1 — a folder: every file in it an importer recognises</translation>
    </message>
    <message>
        <source>%1 — recognising…</source>
        <translation>%1 — recognising…</translation>
    </message>
    <message>
        <source>Add the files to import first (Add Files…, or drop them on the window).</source>
        <translation>Add the files to import first (Add Files…, or drop them on the window).</translation>
    </message>
    <message numerus="yes">
        <source>Still recognising %n file(s); the wizard goes on by itself once they are read.</source>
        <translation>
            <numerusform>Still recognising %n file; the wizard goes on by itself once they are read.</numerusform>
            <numerusform>Still recognising %n files; the wizard goes on by itself once they are read.</numerusform>
        </translation>
    </message>
    <message>
        <source>this file&apos;s label in the exhibit register, e.g. BK-3 (kept in its certificate)</source>
        <translation>this file&apos;s label in the exhibit register, e.g. BK-3 (kept in its certificate)</translation>
    </message>
    <message>
        <source>Exhibit label:</source>
        <translation>Exhibit label:</translation>
    </message>
</context>
<context>
    <name>cb::widgets::LeadsView</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Register a lead…</source>
        <translation>Register a lead…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); right-click a lead to move it</source>
        <translation>
            <numerusform>%n lead; right-click a lead to move it</numerusform>
            <numerusform>%n leads; right-click a lead to move it</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MappingEditor</name>
    <message>
        <source>e.g. 贷, C, CR, +</source>
        <translation>e.g. 贷, C, CR, +</translation>
    </message>
    <message>
        <source>e.g. 借, D, DR, -</source>
        <translation>e.g. 借, D, DR, -</translation>
    </message>
    <message>
        <source>outgoing: e.g. 1, 主叫, MOC</source>
        <translation>outgoing: e.g. 1, 主叫, MOC</translation>
    </message>
    <message>
        <source>incoming: e.g. 2, 被叫, MTC</source>
        <translation>incoming: e.g. 2, 被叫, MTC</translation>
    </message>
    <message>
        <source>missed: e.g. 3, 未接</source>
        <translation>missed: e.g. 3, 未接</translation>
    </message>
    <message>
        <source>Bank transactions</source>
        <translation>Bank transactions</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Call records</translation>
    </message>
    <message>
        <source>Cell sites</source>
        <translation>Cell sites</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>Stated balances</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Detect from the values</translation>
    </message>
    <message>
        <source>Year, month, day (2024-03-05)</source>
        <translation>Year, month, day (2024-03-05)</translation>
    </message>
    <message>
        <source>Day, month, year (05.03.2024)</source>
        <translation>Day, month, year (05.03.2024)</translation>
    </message>
    <message>
        <source>Month, day, year (03/05/2024)</source>
        <translation>Month, day, year (03/05/2024)</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Comma (1.234,56)</translation>
    </message>
    <message>
        <source>ISO 4217 code when no column says, e.g. CNY</source>
        <translation>ISO 4217 code when no column says, e.g. CNY</translation>
    </message>
    <message>
        <source>the zone chosen for the import</source>
        <translation>the zone chosen for the import</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Credit:</translation>
    </message>
    <message>
        <source>Debit:</source>
        <translation>Debit:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Date order:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Decimal mark:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Time zone of the times:</source>
        <translation>Time zone of the times:</translation>
    </message>
    <message>
        <source>Debit/credit marks:</source>
        <translation>Debit/credit marks:</translation>
    </message>
    <message>
        <source>Direction codes:</source>
        <translation>Direction codes:</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>Save the mapping as:</translation>
    </message>
    <message>
        <source>The header is known: the file is read with the profile “%1”. Change a column to make a mapping of your own.</source>
        <translation>The header is known: the file is read with the profile “%1”. Change a column to make a mapping of your own.</translation>
    </message>
    <message>
        <source>No profile knows this header: the columns were mapped from their header words and content (%1% sure). Check each column.</source>
        <translation>No profile knows this header: the columns were mapped from their header words and content (%1% sure). Check each column.</translation>
    </message>
    <message>
        <source>As it stands the file would be refused: no profile knows its header and the best guess (%1% sure) is not sure enough. Correct the columns below.</source>
        <translation>As it stands the file would be refused: no profile knows its header and the best guess (%1% sure) is not sure enough. Correct the columns below.</translation>
    </message>
    <message>
        <source>Mapping for %1</source>
        <translation>Mapping for %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>Sheet “%1”: %2</translation>
    </message>
    <message>
        <source>Your mapping: saved under the name below when the files are imported, and used for every file with this header. The preview follows each change.</source>
        <translation>Your mapping: saved under the name below when the files are imported, and used for every file with this header. The preview follows each change.</translation>
    </message>
    <message>
        <source>none: the header is found by itself</source>
        <translation>none: the header is found by itself</translation>
    </message>
    <message>
        <source>Lines at the top that are neither the header nor data, such as a title block; the header is looked for after them.</source>
        <translation>Lines at the top that are neither the header nor data, such as a title block; the header is looked for after them.</translation>
    </message>
    <message>
        <source>Lines to skip at the top:</source>
        <translation>Lines to skip at the top:</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MappingGuess</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Credit (money in)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Debit (money out)</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation>Debit/credit mark</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Counterparty account</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>Counterparty name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Call start</translation>
    </message>
    <message>
        <source>Subscriber (target line)</source>
        <translation>Subscriber (target line)</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Callee</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Location area (LAC)</source>
        <translation>Location area (LAC)</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>column %1 “%2”</source>
        <translation>column %1 “%2”</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>no column could be mapped</source>
        <translation>no column could be mapped</translation>
    </message>
    <message>
        <source>the guess holds no profile</source>
        <translation>the guess holds no profile</translation>
    </message>
    <message>
        <source>Mapping accepted for %1</source>
        <translation>Mapping accepted for %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No profile knows the layout of %1.</source>
        <translation>No profile knows the layout of %1.</translation>
    </message>
    <message>
        <source>Its columns could be mapped like this (confidence %1%, below the %2% needed to import on its own):

%3

Import it with this mapping? The mapping is kept with the source&apos;s import certificate.</source>
        <translation>Its columns could be mapped like this (confidence %1%, below the %2% needed to import on its own):

%3

Import it with this mapping? The mapping is kept with the source&apos;s import certificate.</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Counterparty bank</translation>
    </message>
    <message>
        <source>Call or text</source>
        <translation>Call or text</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Call status</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimuth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Value-dated balance</source>
        <translation>Value-dated balance</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MergeCopyDialog</name>
    <message>
        <source>Source files</source>
        <translation>Source files</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Lead status changes</source>
        <translation>Lead status changes</translation>
    </message>
    <message>
        <source>Entities linked to leads</source>
        <translation>Entities linked to leads</translation>
    </message>
    <message>
        <source>Analyst events</source>
        <translation>Analyst events</translation>
    </message>
    <message>
        <source>Entities linked to events</source>
        <translation>Entities linked to events</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Exhibits</translation>
    </message>
    <message>
        <source>Merges and asserted links</source>
        <translation>Merges and asserted links</translation>
    </message>
    <message>
        <source>Link status changes</source>
        <translation>Link status changes</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>Analysis runs</translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation>changed in both copies</translation>
    </message>
    <message>
        <source>deleted in this copy, changed in theirs</source>
        <translation>deleted in this copy, changed in theirs</translation>
    </message>
    <message>
        <source>changed in this copy, deleted in theirs</source>
        <translation>changed in this copy, deleted in theirs</translation>
    </message>
    <message>
        <source>Merge a Colleague&apos;s Copy</source>
        <translation>Merge a Colleague&apos;s Copy</translation>
    </message>
    <message>
        <source>Their copy: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only read; this case is written only when you press Merge.</source>
        <translation>Their copy: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only read; this case is written only when you press Merge.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>How many / which</source>
        <translation>How many / which</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Comparing the copies…</source>
        <translation>Comparing the copies…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Cancelled: nothing was merged.</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1</source>
        <translation>The copies cannot be merged: %1</translation>
    </message>
    <message>
        <source>Nothing to merge: this case already holds everything of that copy.</source>
        <translation>Nothing to merge: this case already holds everything of that copy.</translation>
    </message>
    <message>
        <source>This is what merging would do. Nothing is written until you press Merge.</source>
        <translation>This is what merging would do. Nothing is written until you press Merge.</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n conflict(s) kept both versions: Edit › Merge Conflicts… settles them.</source>
        <translation>
            <numerusform>Merged. %n conflict kept both versions: Edit › Merge Conflicts… settles them.</numerusform>
            <numerusform>Merged. %n conflicts kept both versions: Edit › Merge Conflicts… settles them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged, without conflicts.</source>
        <translation>Merged, without conflicts.</translation>
    </message>
    <message>
        <source>History both copies share</source>
        <translation>History both copies share</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Their work since this copy last saw it</source>
        <translation>Their work since this copy last saw it</translation>
    </message>
    <message>
        <source>Comes in</source>
        <translation>Comes in</translation>
    </message>
    <message>
        <source>Taken from theirs (they changed it, this copy did not)</source>
        <translation>Taken from theirs (they changed it, this copy did not)</translation>
    </message>
    <message>
        <source>Deleted (they deleted it, this copy did not change it)</source>
        <translation>Deleted (they deleted it, this copy did not change it)</translation>
    </message>
    <message>
        <source>Files both copies imported (counted once)</source>
        <translation>Files both copies imported (counted once)</translation>
    </message>
    <message>
        <source>Codes both copies gave to different objects</source>
        <translation>Codes both copies gave to different objects</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>this copy&apos;s</source>
        <translation>this copy&apos;s</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Conflicts (this copy&apos;s version stays, theirs is kept beside it)</source>
        <translation>Conflicts (this copy&apos;s version stays, theirs is kept beside it)</translation>
    </message>
    <message>
        <source>Not merged: what they refer to is not in this case</source>
        <translation>Not merged: what they refer to is not in this case</translation>
    </message>
    <message>
        <source>imported a file</source>
        <translation>imported a file</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>added a note</translation>
    </message>
    <message>
        <source>edited a note</source>
        <translation>edited a note</translation>
    </message>
    <message>
        <source>deleted a note</source>
        <translation>deleted a note</translation>
    </message>
    <message>
        <source>restored a note</source>
        <translation>restored a note</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>tagged</translation>
    </message>
    <message>
        <source>removed a tag</source>
        <translation>removed a tag</translation>
    </message>
    <message>
        <source>set a role</source>
        <translation>set a role</translation>
    </message>
    <message>
        <source>registered a lead</source>
        <translation>registered a lead</translation>
    </message>
    <message>
        <source>moved a lead</source>
        <translation>moved a lead</translation>
    </message>
    <message>
        <source>entered an event</source>
        <translation>entered an event</translation>
    </message>
    <message>
        <source>marked an exhibit</source>
        <translation>marked an exhibit</translation>
    </message>
    <message>
        <source>saved an analysis run</source>
        <translation>saved an analysis run</translation>
    </message>
    <message>
        <source>merged two entities</source>
        <translation>merged two entities</translation>
    </message>
    <message>
        <source>undid a merge or link</source>
        <translation>undid a merge or link</translation>
    </message>
    <message>
        <source>changed a link&apos;s status</source>
        <translation>changed a link&apos;s status</translation>
    </message>
    <message>
        <source>changed the case details</source>
        <translation>changed the case details</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>merged a copy</source>
        <translation>merged a copy</translation>
    </message>
    <message>
        <source>renumbered before a merge</source>
        <translation>renumbered before a merge</translation>
    </message>
    <message>
        <source>settled a conflict</source>
        <translation>settled a conflict</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>Links imports made (undone or not)</source>
        <translation>Links imports made (undone or not)</translation>
    </message>
</context>
<context>
    <name>cb::widgets::NewCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>New Case</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Type to find a zone: Shanghai, Berlin, UTC+08…</source>
        <translation>Type to find a zone: Shanghai, Berlin, UTC+08…</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Case file:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>Investigator:</translation>
    </message>
    <message>
        <source>Region for national numbers:</source>
        <translation>Region for national numbers:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench)</source>
        <translation>Casebench cases (*.casebench)</translation>
    </message>
</context>
<context>
    <name>cb::widgets::PacketDialog</name>
    <message>
        <source>Export Evidence Packet</source>
        <translation>Export Evidence Packet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Mask entities without a role</source>
        <translation>Mask entities without a role</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Redaction:</source>
        <translation>Redaction:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>&amp;Build and Preview</source>
        <translation>&amp;Build and Preview</translation>
    </message>
    <message>
        <source>Cancel Build</source>
        <translation>Cancel Build</translation>
    </message>
    <message>
        <source>Exhibits in the packet:</source>
        <translation>Exhibits in the packet:</translation>
    </message>
    <message>
        <source>&amp;Save Packet…</source>
        <translation>&amp;Save Packet…</translation>
    </message>
    <message>
        <source>The case has no exhibits yet: bookmark a run or add one with &quot;casebench exhibit add&quot;.</source>
        <translation>The case has no exhibits yet: bookmark a run or add one with &quot;casebench exhibit add&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one exhibit.</source>
        <translation>Choose at least one exhibit.</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Building the packet…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was built.</source>
        <translation>Cancelled: nothing was built.</translation>
    </message>
    <message>
        <source>The packet could not be built: %1</source>
        <translation>The packet could not be built: %1</translation>
    </message>
    <message>
        <source>%1 pages, %2 rows cited; fingerprint %3</source>
        <translation>%1 pages, %2 rows cited; fingerprint %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 pages.</source>
        <translation>The preview shows the first %1 of %2 pages.</translation>
    </message>
    <message>
        <source>Save Evidence Packet</source>
        <translation>Save Evidence Packet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Not entered in the case&apos;s audit log: the case is open read-only here.</source>
        <translation>Saved to %1. Not entered in the case&apos;s audit log: the case is open read-only here.</translation>
    </message>
</context>
<context>
    <name>cb::widgets::PatternsView</name>
    <message>
        <source>The window is a duration such as 24h, 90m or 3d.</source>
        <translation>The window is a duration such as 24h, 90m or 3d.</translation>
    </message>
    <message>
        <source>The analysis was cancelled; nothing was saved.</source>
        <translation>The analysis was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Counterparties</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Own money out</source>
        <translation>Own money out</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Payers</source>
        <translation>Payers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Records cited</source>
        <translation>Records cited</translation>
    </message>
    <message numerus="yes">
        <source>call, %n s</source>
        <translation>
            <numerusform>call, %n s</numerusform>
            <numerusform>call, %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fast in, fast out (快进快出)</source>
        <translation>Fast in, fast out (快进快出)</translation>
    </message>
    <message>
        <source>Fan-in: many payers</source>
        <translation>Fan-in: many payers</translation>
    </message>
    <message>
        <source>Fan-out: many payees</source>
        <translation>Fan-out: many payees</translation>
    </message>
    <message>
        <source>Flow roles: source, transit, sink</source>
        <translation>Flow roles: source, transit, sink</translation>
    </message>
    <message>
        <source>Accounts to request statements of</source>
        <translation>Accounts to request statements of</translation>
    </message>
    <message>
        <source>Common counterparties</source>
        <translation>Common counterparties</translation>
    </message>
    <message>
        <source>Top contacts of a number</source>
        <translation>Top contacts of a number</translation>
    </message>
    <message>
        <source>Common contacts</source>
        <translation>Common contacts</translation>
    </message>
    <message>
        <source>Path from one entity to another</source>
        <translation>Path from one entity to another</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation>&amp;Entities:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analyze</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records it rests on&lt;/b&gt; — select one to see it and its source row in Details</source>
        <translation>&lt;b&gt;Records it rests on&lt;/b&gt; — select one to see it and its source row in Details</translation>
    </message>
    <message>
        <source>Account / from</source>
        <translation>Account / from</translation>
    </message>
    <message>
        <source>Counterparty / to</source>
        <translation>Counterparty / to</translation>
    </message>
    <message>
        <source>Amount / call</source>
        <translation>Amount / call</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <source>Analyzing… (Cancel stops it; nothing is saved then)</source>
        <translation>Analyzing… (Cancel stops it; nothing is saved then)</translation>
    </message>
    <message>
        <source>Choose a pattern. Every analysis is saved as a run with the SHA-256 of the rows it read.</source>
        <translation>Choose a pattern. Every analysis is saved as a run with the SHA-256 of the rows it read.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n row(s) found.</source>
        <translation>
            <numerusform>Run %1: %n row found.</numerusform>
            <numerusform>Run %1: %n rows found.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Min. counterparties:</source>
        <translation>&amp;Min. counterparties:</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Loops</translation>
    </message>
    <message>
        <source>Shortest (hops)</source>
        <translation>Shortest (hops)</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Came back</translation>
    </message>
    <message>
        <source>Times together</source>
        <translation>Times together</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>New number</translation>
    </message>
    <message>
        <source>Shared contacts</source>
        <translation>Shared contacts</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>First call of the new number</source>
        <translation>First call of the new number</translation>
    </message>
    <message>
        <source>Money that came back (资金回路)</source>
        <translation>Money that came back (资金回路)</translation>
    </message>
    <message>
        <source>Numbers that met at a cell (碰面)</source>
        <translation>Numbers that met at a cell (碰面)</translation>
    </message>
    <message>
        <source>Number changes (换号)</source>
        <translation>Number changes (换号)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>Eigenvector</translation>
    </message>
    <message>
        <source>Who holds the call network together (centrality)</source>
        <translation>Who holds the call network together (centrality)</translation>
    </message>
    <message>
        <source>&amp;Graph:</source>
        <translation>&amp;Graph:</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>&amp;Bookmark as exhibit…</source>
        <translation>&amp;Bookmark as exhibit…</translation>
    </message>
    <message>
        <source>accounts or numbers, comma-separated (common, top contacts, path; accounts to request: the victims&apos; accounts)</source>
        <translation>accounts or numbers, comma-separated (common, top contacts, path; accounts to request: the victims&apos; accounts)</translation>
    </message>
</context>
<context>
    <name>cb::widgets::RecordView</name>
    <message>
        <source>Filter: words in any text column (press Enter)</source>
        <translation>Filter: words in any text column (press Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match the filter</source>
        <translation>
            <numerusform>%n row matches the filter</numerusform>
            <numerusform>%n rows match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copy selected rows</translation>
    </message>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Fit Columns to Contents</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
</context>
<context>
    <name>cb::widgets::SearchView</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 : %2 (SHA-256 %3)</source>
        <translation>%1 : %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>phone artifact</source>
        <translation>phone artifact</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>transaction</translation>
    </message>
    <message>
        <source>Search numbers, accounts, messages, contacts, transactions, phone artifacts and notes (any script; every word must occur) and press Enter</source>
        <translation>Search numbers, accounts, messages, contacts, transactions, phone artifacts and notes (any script; every word must occur) and press Enter</translation>
    </message>
    <message>
        <source>App or type</source>
        <translation>App or type</translation>
    </message>
</context>
<context>
    <name>cb::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>Name and badge number, as the audit log should record them</source>
        <translation>Name and badge number, as the audit log should record them</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Investigator:</source>
        <translation>&amp;Investigator:</translation>
    </message>
    <message>
        <source>&amp;Region for new cases:</source>
        <translation>&amp;Region for new cases:</translation>
    </message>
    <message>
        <source>The investigator&apos;s name is recorded with every import and edit. The region decides how national phone numbers (without a country code) are read; each case keeps its own.</source>
        <translation>The investigator&apos;s name is recorded with every import and edit. The region decides how national phone numbers (without a country code) are read; each case keeps its own.</translation>
    </message>
</context>
<context>
    <name>cb::widgets::StartPage</name>
    <message>
        <source>Casebench</source>
        <translation>Casebench</translation>
    </message>
    <message>
        <source>Bank statements, call records and seized phones in one case file, on timelines and link charts; every fact traceable to its source file and row.</source>
        <translation>Bank statements, call records and seized phones in one case file, on timelines and link charts; every fact traceable to its source file and row.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Recent cases</translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation>New Case…</translation>
    </message>
    <message>
        <source>A case file with its title, investigator, region and time zone.</source>
        <translation>A case file with its title, investigator, region and time zone.</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Open Case…</translation>
    </message>
    <message>
        <source>A .casebench file, or a bundle a colleague sent.</source>
        <translation>A .casebench file, or a bundle a colleague sent.</translation>
    </message>
    <message>
        <source>Open the Demo Case</source>
        <translation>Open the Demo Case</translation>
    </message>
    <message>
        <source>A synthetic telecom-fraud ring: bank statements, call records and a seized phone, ready to explore.</source>
        <translation>A synthetic telecom-fraud ring: bank statements, call records and a seized phone, ready to explore.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 is no longer there</translation>
    </message>
    <message>
        <source>Cases you open appear here.</source>
        <translation>Cases you open appear here.</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelineCanvas</name>
    <message>
        <source>Open a case to see its events on a time axis.</source>
        <translation>Open a case to see its events on a time axis.</translation>
    </message>
    <message>
        <source>All events in view
(drag here to zoom)</source>
        <translation>All events in view
(drag here to zoom)</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelinePainter</name>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>Stated balances</translation>
    </message>
    <message>
        <source>Analyst events</source>
        <translation>Analyst events</translation>
    </message>
    <message>
        <source>Lead milestones</source>
        <translation>Lead milestones</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events here; zoom in to see each. The first:</source>
        <translation>
            <numerusform>%n events here; zoom in to see each. The first:</numerusform>
            <numerusform>%n events here; zoom in to see each. The first:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>no events</translation>
    </message>
    <message>
        <source>Of: %1</source>
        <translation>Of: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Source: %1, %2 (recorded at %3)</source>
        <translation>Source: %1, %2 (recorded at %3)</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n millisecond(s)</source>
        <translation>
            <numerusform>%n millisecond</numerusform>
            <numerusform>%n milliseconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2, changing in this period</source>
        <translation>%1 and %2, changing in this period</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <translation>d MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss.zzz</source>
        <translation>d MMM HH:mm:ss.zzz</translation>
    </message>
    <message>
        <source>Timeline · %1</source>
        <translation>Timeline · %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · times in %3 · %n event(s)</source>
        <translation>
            <numerusform>%1 to %2 · times in %3 · %n event</numerusform>
            <numerusform>%1 to %2 · times in %3 · %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>kinds: %1</translation>
    </message>
    <message>
        <source>lanes by kind</source>
        <translation>lanes by kind</translation>
    </message>
    <message>
        <source>lanes by entity (merged identities as one)</source>
        <translation>lanes by entity (merged identities as one)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) only</source>
        <translation>
            <numerusform>%n source only</numerusform>
            <numerusform>%n sources only</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Events per %1 · highest %2 · %3</source>
        <translation>Events per %1 · highest %2 · %3</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <source>A number in a badge counts events too close to draw apart; bars count events per bin (height on a log scale).</source>
        <translation>A number in a badge counts events too close to draw apart; bars count events per bin (height on a log scale).</translation>
    </message>
    <message>
        <source>All events in view</source>
        <translation>All events in view</translation>
    </message>
    <message>
        <source> (UTC days)</source>
        <translation> (UTC days)</translation>
    </message>
    <message>
        <source>taking part: %1</source>
        <translation>taking part: %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>tagged %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>containing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>amounts %1 to %2 %3</source>
        <translation>amounts %1 to %2 %3</translation>
    </message>
    <message>
        <source>amounts from %1 %2</source>
        <translation>amounts from %1 %2</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelineView</name>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Times in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n event in view</numerusform>
            <numerusform>%n events in view</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>Export Timeline Image</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Save View</translation>
    </message>
    <message>
        <source>Name of this timeline view:</source>
        <translation>Name of this timeline view:</translation>
    </message>
    <message>
        <source>Lanes by kind</source>
        <translation>Lanes by kind</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Lanes by entity</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Whole Period</source>
        <translation>Whole Period</translation>
    </message>
    <message>
        <source>Log Scale</source>
        <translation>Log Scale</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Save View…</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Export Image…</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel; drag across the density strip to zoom to a period)</source>
        <translation>Zoom in (+, or the mouse wheel; drag across the density strip to zoom to a period)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Show the case&apos;s whole period (Home)</source>
        <translation>Show the case&apos;s whole period (Home)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Only the events people with these roles take part in</source>
        <translation>Only the events people with these roles take part in</translation>
    </message>
    <message>
        <source>Filter by text (Enter)</source>
        <translation>Filter by text (Enter)</translation>
    </message>
    <message>
        <source>each event&apos;s own recorded offset</source>
        <translation>each event&apos;s own recorded offset</translation>
    </message>
    <message>
        <source>Sources&apos; Local Time</source>
        <translation>Sources&apos; Local Time</translation>
    </message>
    <message>
        <source>Count the heatmap&apos;s hours as each source recorded them (the phone&apos;s or bank&apos;s own offset), not in the case&apos;s zone</source>
        <translation>Count the heatmap&apos;s hours as each source recorded them (the phone&apos;s or bank&apos;s own offset), not in the case&apos;s zone</translation>
    </message>
</context>
</TS>
