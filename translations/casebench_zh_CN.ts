<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Open Case</source>
        <translation>打开案件</translation>
    </message>
</context>
<context>
    <name>cb::Diagnostics</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>the statement&apos;s account is missing</source>
        <translation>缺少流水的本方账号</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>未知币种“%1”</translation>
    </message>
    <message>
        <source>the subscriber number &quot;%1&quot; is missing or unusable</source>
        <translation>本机号码“%1”缺失或无法使用</translation>
    </message>
    <message>
        <source>the cell id is missing</source>
        <translation>缺少基站编号</translation>
    </message>
    <message>
        <source>%1 preamble lines before the header were not imported as data</source>
        <translation>表头之前的 %1 行说明文字未作为数据导入</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced</source>
        <translation>部分字节不是有效的 %1 编码，已被替换</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>文件没有数据行</translation>
    </message>
    <message>
        <source>the header required by the chosen profile was not found</source>
        <translation>未找到所选模板要求的表头</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>a file with the same SHA-256 is already in the case (use --force to import it again)</source>
        <translation>案件中已有相同 SHA-256 的文件（如需再次导入请用 --force）</translation>
    </message>
    <message>
        <source>the file is binary and no importer recognises its content</source>
        <translation>文件是二进制文件，没有导入器能识别其内容</translation>
    </message>
    <message>
        <source>the format was not recognised (it is not text of a known layout)</source>
        <translation>无法识别格式（不是已知格式的文本）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot write to the case: %1</source>
        <translation>无法写入案件：%1</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>没有任何行可以导入</translation>
    </message>
    <message>
        <source>the file names its owner as &quot;%1&quot;; &quot;%2&quot; was given and is used</source>
        <translation>文件注明的所有人为“%1”；已使用指定的“%2”</translation>
    </message>
    <message>
        <source>the file does not say whose account this statement is (pass the account number with --account)</source>
        <translation>文件未注明流水属于哪个账户（请用 --account 指定账号）</translation>
    </message>
    <message>
        <source>the file has no currency column (pass --currency)</source>
        <translation>文件没有币种列（请用 --currency 指定）</translation>
    </message>
    <message>
        <source>the file does not say whose call records these are (pass the target number with --subscriber)</source>
        <translation>文件未注明话单属于哪个号码（请用 --subscriber 指定目标号码）</translation>
    </message>
    <message>
        <source>the date/time is missing</source>
        <translation>缺少日期时间</translation>
    </message>
    <message>
        <source>cannot read the date/time &quot;%1&quot;</source>
        <translation>无法识别日期时间“%1”</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; has more decimals than %3 allows</source>
        <translation>字段“%1”的值“%2”小数位数超过 %3 允许的位数</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is too large</source>
        <translation>字段“%1”的值“%2”过大</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number</source>
        <translation>字段“%1”的值“%2”不是数字</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file (truncated file?)</source>
        <translation>引号字段在文件结束前未闭合（文件可能被截断）</translation>
    </message>
    <message>
        <source>repeated header line</source>
        <translation>重复的表头行</translation>
    </message>
    <message>
        <source>summary or footer line</source>
        <translation>合计行或页脚行</translation>
    </message>
    <message>
        <source>the row has %1 fields; the layout needs %2</source>
        <translation>该行有 %1 个字段，格式要求 %2 个</translation>
    </message>
    <message>
        <source>the row is marked neither income nor expense</source>
        <translation>该行既未标为收入也未标为支出</translation>
    </message>
    <message>
        <source>the row is marked neither income nor expense (&quot;%1&quot;)</source>
        <translation>该行既未标为收入也未标为支出（“%1”）</translation>
    </message>
    <message>
        <source>unknown debit/credit mark &quot;%1&quot;</source>
        <translation>未知借贷标志“%1”</translation>
    </message>
    <message>
        <source>the row has no amount</source>
        <translation>该行没有金额</translation>
    </message>
    <message>
        <source>the balance &quot;%1&quot; is not a number and was ignored</source>
        <translation>余额“%1”不是数字，已忽略</translation>
    </message>
    <message>
        <source>unknown interaction type &quot;%1&quot;</source>
        <translation>未知通信类型“%1”</translation>
    </message>
    <message>
        <source>unknown call direction &quot;%1&quot;</source>
        <translation>未知呼叫方向“%1”</translation>
    </message>
    <message>
        <source>the coordinates &quot;%1&quot;, &quot;%2&quot; are not a valid latitude/longitude</source>
        <translation>坐标“%1”、“%2”不是有效的纬度/经度</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>文件是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>the contact has neither a name nor a usable number</source>
        <translation>联系人既没有姓名也没有可用的号码</translation>
    </message>
    <message>
        <source>a record is longer than 32 million characters: this is not delimited text</source>
        <translation>有一条记录超过 3200 万个字符：这不是分隔符文本</translation>
    </message>
    <message>
        <source>cannot read the %1 balance &quot;%2&quot;</source>
        <translation>无法识别%1余额“%2”</translation>
    </message>
    <message>
        <source>malformed :61: statement line &quot;%1&quot;</source>
        <translation>格式错误的 :61: 交易行“%1”</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot;</source>
        <translation>无效的起息日“%1”</translation>
    </message>
    <message>
        <source>invalid entry date &quot;%1&quot;</source>
        <translation>无效的记账日“%1”</translation>
    </message>
    <message>
        <source>the statement has no currency (no :60F: balance)</source>
        <translation>对账单没有币种（缺少 :60F: 余额）</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a number</source>
        <translation>金额“%1”不是数字</translation>
    </message>
    <message>
        <source>reversal entry (%1)</source>
        <translation>冲正记录（%1）</translation>
    </message>
    <message>
        <source>the report states %1 entries totalling %2; %3 entries totalling %4 were read</source>
        <translation>报告声明 %1 笔共计 %2；实际读取 %3 笔共计 %4</translation>
    </message>
    <message>
        <source>a line is longer than 16 million characters: this is not an MT940 file</source>
        <translation>有一行超过 1600 万个字符：这不是 MT940 文件</translation>
    </message>
    <message>
        <source>no statement (:20:) found</source>
        <translation>未找到对账单（:20:）</translation>
    </message>
    <message>
        <source>the QIF file is larger than 512 MB</source>
        <translation>QIF 文件超过 512 MB</translation>
    </message>
    <message>
        <source>%1 record: not a bank, cash or card movement</source>
        <translation>%1 记录：不是银行、现金或卡的资金变动</translation>
    </message>
    <message>
        <source>the QIF file does not name its account (pass --account)</source>
        <translation>QIF 文件未注明账户（请用 --account 指定）</translation>
    </message>
    <message>
        <source>QIF files carry no currency (pass --currency)</source>
        <translation>QIF 文件不含币种（请用 --currency 指定）</translation>
    </message>
    <message>
        <source>investment trade %1: not a cash movement</source>
        <translation>投资交易 %1：不是现金变动</translation>
    </message>
    <message>
        <source>the OFX file is larger than 256 MB</source>
        <translation>OFX 文件超过 256 MB</translation>
    </message>
    <message>
        <source>no &lt;OFX&gt; element found</source>
        <translation>未找到 &lt;OFX&gt; 元素</translation>
    </message>
    <message>
        <source>no statement (STMTRS, CCSTMTRS or INVSTMTRS) found</source>
        <translation>未找到对账单（STMTRS、CCSTMTRS 或 INVSTMTRS）</translation>
    </message>
    <message>
        <source>statement %1 is marked as a duplicate (%2) of one the bank delivered before</source>
        <translation>对账单 %1 标记为重复件（%2），银行此前已提供过</translation>
    </message>
    <message>
        <source>statement %1 is marked as a copy (COPY)</source>
        <translation>对账单 %1 标记为副本（COPY）</translation>
    </message>
    <message>
        <source>the %1 balance is in %2 but the statement is in %3: it cannot be checked</source>
        <translation>%1 余额的币种为 %2，而对账单币种为 %3：无法核对</translation>
    </message>
    <message>
        <source>%1 entries in currencies other than the statement&apos;s %2 are not part of its balance check</source>
        <translation>%1 笔币种不同于对账单币种 %2 的记录未纳入余额核对</translation>
    </message>
    <message>
        <source>the statement states %1 entries; %2 were read</source>
        <translation>对账单声明 %1 笔记录；实际读取 %2 笔</translation>
    </message>
    <message>
        <source>a text value longer than %1 characters was cut</source>
        <translation>超过 %1 个字符的文本值已被截断</translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation>XML 错误：%1</translation>
    </message>
    <message>
        <source>the XML is not well-formed</source>
        <translation>XML 格式不正确</translation>
    </message>
    <message>
        <source>the file declares a DTD; camt messages never do, so it is refused</source>
        <translation>文件声明了 DTD；camt 报文从不包含 DTD，因此拒收</translation>
    </message>
    <message>
        <source>root element %1, namespace &quot;%2&quot;</source>
        <translation>根元素 %1，命名空间“%2”</translation>
    </message>
    <message>
        <source>not a camt.052/053/054 document</source>
        <translation>不是 camt.052/053/054 文档</translation>
    </message>
    <message>
        <source>the file uses an undeclared entity</source>
        <translation>文件使用了未声明的实体</translation>
    </message>
    <message>
        <source>no statement, report or notification (Stmt/Rpt/Ntfctn) found</source>
        <translation>未找到对账单、报告或通知（Stmt/Rpt/Ntfctn）</translation>
    </message>
    <message>
        <source>the amount %1 %2 is more precise than the currency&apos;s minor unit: kept exactly, rounded for totals</source>
        <translation>金额 %1 %2 的精度超过该币种的最小单位：原值精确保存，合计时四舍五入（银行家舍入）</translation>
    </message>
    <message>
        <source>entry status %1: not booked, so not part of the balance</source>
        <translation>记录状态为 %1：尚未入账，不计入余额</translation>
    </message>
    <message>
        <source>the credit/debit indicator &quot;%1&quot; is neither CRDT nor DBIT</source>
        <translation>借贷标志“%1”既不是 CRDT 也不是 DBIT</translation>
    </message>
    <message>
        <source>the entry has no currency</source>
        <translation>该记录没有币种</translation>
    </message>
    <message>
        <source>the entry has no valid booking or value date (&quot;%1&quot;)</source>
        <translation>该记录没有有效的记账日或起息日（“%1”）</translation>
    </message>
    <message>
        <source>batched entry of %1 transactions: one row per transaction detail</source>
        <translation>批量记录含 %1 笔交易：按交易明细逐笔导入</translation>
    </message>
    <message>
        <source>the %1 transaction details of this entry carry no amounts of their own; imported as one entry</source>
        <translation>该记录的 %1 条交易明细没有各自的金额；按一笔记录导入</translation>
    </message>
    <message>
        <source>the %1 transaction details of this entry do not add up to its amount; imported as one entry</source>
        <translation>该记录的 %1 条交易明细金额之和与记录金额不符；按一笔记录导入</translation>
    </message>
    <message>
        <source>batched entry of %1 transactions without details</source>
        <translation>批量记录含 %1 笔交易，但没有明细</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>压缩包中没有文件</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or not a ZIP archive</source>
        <translation>ZIP 压缩包已损坏或不是 ZIP 压缩包</translation>
    </message>
    <message>
        <source>the ZIP archive has more members than Casebench reads (100,000)</source>
        <translation>ZIP 压缩包中的文件数超过 Casebench 可读取的上限（100,000）</translation>
    </message>
    <message>
        <source>the member&apos;s name is an absolute path</source>
        <translation>压缩包内文件名是绝对路径</translation>
    </message>
    <message>
        <source>the member&apos;s name climbs out of the archive (&quot;..&quot;)</source>
        <translation>压缩包内文件名试图跳出压缩包目录（“..”）</translation>
    </message>
    <message>
        <source>the member&apos;s name contains control characters</source>
        <translation>压缩包内文件名含有控制字符</translation>
    </message>
    <message>
        <source>the ZIP archive would expand to more than 4 GiB: refused as a possible zip bomb</source>
        <translation>ZIP 压缩包解压后将超过 4 GiB：疑似压缩炸弹，已拒收</translation>
    </message>
    <message>
        <source>the member is encrypted</source>
        <translation>压缩包内文件已加密</translation>
    </message>
    <message>
        <source>the member would expand to %1 bytes, more than Casebench reads from one member</source>
        <translation>压缩包内文件解压后将有 %1 字节，超过 Casebench 对单个文件的读取上限</translation>
    </message>
    <message>
        <source>the member is compressed more than %1:1: refused as a possible zip bomb</source>
        <translation>压缩包内文件压缩比超过 %1:1：疑似压缩炸弹，已拒收</translation>
    </message>
    <message>
        <source>the member is larger than this reader accepts</source>
        <translation>压缩包内文件超过此读取器接受的大小</translation>
    </message>
    <message>
        <source>the member cannot be decompressed</source>
        <translation>压缩包内文件无法解压</translation>
    </message>
    <message>
        <source>the member is damaged (its data does not match its directory entry)</source>
        <translation>压缩包内文件已损坏（数据与目录记录不符）</translation>
    </message>
    <message>
        <source>the workbook is larger than 512 MB</source>
        <translation>工作簿超过 512 MB</translation>
    </message>
    <message>
        <source>cannot make a private copy of the workbook</source>
        <translation>无法为工作簿制作私有副本</translation>
    </message>
    <message>
        <source>sheet %1 has no known layout and was not imported</source>
        <translation>工作表 %1 的格式无法识别，未导入</translation>
    </message>
    <message>
        <source>%1 numeric cells have more than 15 digits: the spreadsheet stored them as floating point, so digits after the 15th (e.g. of card numbers) may be wrong; ask for a text export</source>
        <translation>有 %1 个数字单元格超过 15 位：电子表格以浮点数保存，第 15 位之后的数字（例如卡号）可能有误；请要求以文本格式导出</translation>
    </message>
    <message>
        <source>the workbook has no data rows</source>
        <translation>工作簿没有数据行</translation>
    </message>
    <message>
        <source>not an Excel 97-2003 (.xls) workbook, or a version freexl cannot read</source>
        <translation>不是 Excel 97-2003（.xls）工作簿，或是 freexl 无法读取的版本</translation>
    </message>
    <message>
        <source>the .xls workbook is damaged and cannot be read</source>
        <translation>.xls 工作簿已损坏，无法读取</translation>
    </message>
    <message>
        <source>the workbook is password-protected; open it in the bank&apos;s software with the password and export it again</source>
        <translation>工作簿受密码保护；请在银行软件中用密码打开后重新导出</translation>
    </message>
    <message>
        <source>the .xlsx workbook is damaged and cannot be read</source>
        <translation>.xlsx 工作簿已损坏，无法读取</translation>
    </message>
    <message>
        <source>the PDF is larger than 256 MB</source>
        <translation>PDF 超过 256 MB</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF 已损坏，无法读取</translation>
    </message>
    <message>
        <source>the PDF is encrypted: give its password (--password) to import it</source>
        <translation>PDF 已加密：请提供密码（--password）后导入</translation>
    </message>
    <message>
        <source>the password given does not open this PDF</source>
        <translation>所给密码无法打开此 PDF</translation>
    </message>
    <message>
        <source>the PDF has more than 5,000 pages</source>
        <translation>PDF 超过 5,000 页</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image): run OCR on it first, or ask the bank for a text PDF or CSV</source>
        <translation>PDF 没有文字层（扫描图像）：请先进行 OCR 识别，或向银行索取文字版 PDF 或 CSV</translation>
    </message>
    <message>
        <source>no table header was found in the PDF</source>
        <translation>PDF 中未找到表头</translation>
    </message>
    <message>
        <source>credit-card statement (it mentions &quot;%1&quot;): charges are money out of the card account, payments and refunds money in</source>
        <translation>信用卡账单（文中提到“%1”）：消费计为卡账户支出，还款和退款计为收入</translation>
    </message>
    <message>
        <source>not a transaction row: &quot;%1&quot;</source>
        <translation>不是交易行：“%1”</translation>
    </message>
    <message>
        <source>the .xls reader stopped on this file: it is damaged or crafted</source>
        <translation>.xls 读取程序在此文件上中止：文件已损坏或被恶意构造</translation>
    </message>
    <message>
        <source>the .xls reader (casebench-xls) could not be started</source>
        <translation>无法启动 .xls 读取程序（casebench-xls）</translation>
    </message>
    <message>
        <source>%1 rows are already in the case from source #%2 (%3): linked to them as duplicates and counted once</source>
        <translation>有 %1 行已在案件中（来源 #%2：%3）：已与之关联为重复记录，只计一次</translation>
    </message>
    <message>
        <source>the file states %1 records; %2 were read</source>
        <translation>文件声明共 %1 笔记录；实际读取 %2 笔</translation>
    </message>
    <message>
        <source>account %1 (%2) has no statement row in the case from %3 to %4: a statement is missing, or the account was idle</source>
        <translation>账户 %1（%2）在案件中从 %3 到 %4 没有任何流水记录：可能缺少一份对账单，或该账户在此期间无交易</translation>
    </message>
    <message>
        <source>the PDF is incomplete: it does not end with %%EOF (a cut download or copy?)</source>
        <translation>PDF 不完整：结尾没有 %%EOF（下载或复制被截断？）</translation>
    </message>
    <message>
        <source>no importer recognises this file</source>
        <translation>没有导入器能识别此文件</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>文件夹中没有文件</translation>
    </message>
    <message>
        <source>the database&apos;s companion file %1 cannot be read or is larger than 1 GiB</source>
        <translation>数据库的附属文件 %1 无法读取或超过 1 GiB</translation>
    </message>
    <message>
        <source>the call time &quot;%1&quot; is not a plausible date</source>
        <translation>通话时间“%1”不是合理的日期</translation>
    </message>
    <message>
        <source>the message time &quot;%1&quot; is not a plausible date</source>
        <translation>消息时间“%1”不是合理的日期</translation>
    </message>
    <message>
        <source>the file declares a DTD or uses an entity; backup files never do, so it is refused</source>
        <translation>文件声明了 DTD 或使用了实体；备份文件从不如此，因此拒收</translation>
    </message>
    <message>
        <source>%1 unpaired UTF-16 surrogate references were replaced by U+FFFD</source>
        <translation>有 %1 个不成对的 UTF-16 代理项引用已替换为 U+FFFD</translation>
    </message>
    <message>
        <source>the file says it holds %1 records, but %2 were read</source>
        <translation>文件声明含 %1 条记录，实际读取 %2 条</translation>
    </message>
    <message>
        <source>the contact&apos;s name row (its name is kept with its numbers)</source>
        <translation>联系人的姓名行（姓名已随其号码保存）</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite：%1</translation>
    </message>
    <message>
        <source>the database cannot be read: it is damaged, encrypted or not a SQLite database</source>
        <translation>无法读取数据库：已损坏、已加密或不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>tables in the database: %1</source>
        <translation>数据库中的表：%1</translation>
    </message>
    <message>
        <source>the database holds none of the call-log, message or contact tables Casebench reads</source>
        <translation>数据库中没有 Casebench 可读取的通话记录、消息或联系人表</translation>
    </message>
    <message>
        <source>the database could not be read to the end (damaged or truncated)</source>
        <translation>数据库无法完整读取（已损坏或被截断）</translation>
    </message>
    <message>
        <source>the write-ahead log was read: %1 rows exist only there</source>
        <translation>已读取预写日志（WAL）：其中有 %1 行仅存在于日志中</translation>
    </message>
    <message>
        <source>the report ends early: the file is truncated</source>
        <translation>报告提前结束：文件被截断</translation>
    </message>
    <message>
        <source>the archive holds no report.xml: not a UFDR</source>
        <translation>压缩包中没有 report.xml：不是 UFDR</translation>
    </message>
    <message>
        <source>the report ends early: report.xml is truncated</source>
        <translation>报告提前结束：report.xml 被截断</translation>
    </message>
    <message>
        <source>the location has no usable time or coordinates</source>
        <translation>该位置没有可用的时间或坐标</translation>
    </message>
    <message>
        <source>the report&apos;s XML is not well-formed</source>
        <translation>报告的 XML 格式不正确</translation>
    </message>
    <message>
        <source>the report declares a DTD or uses an entity; UFED reports never do, so it is refused</source>
        <translation>报告声明了 DTD 或使用了实体；UFED 报告从不如此，因此拒收</translation>
    </message>
    <message>
        <source>the report nests elements deeper than any UFED report does</source>
        <translation>报告的元素嵌套深度超过任何 UFED 报告</translation>
    </message>
    <message>
        <source>not a UFED report (the root element is not &lt;project&gt;)</source>
        <translation>不是 UFED 报告（根元素不是 &lt;project&gt;）</translation>
    </message>
    <message>
        <source>the report nests models deeper than any UFED report does</source>
        <translation>报告的模型嵌套深度超过任何 UFED 报告</translation>
    </message>
    <message>
        <source>the export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>a justification is required: say why</source>
        <translation>必须填写理由：说明原因</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 100</source>
        <translation>置信度必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>不存在实体 %1</translation>
    </message>
    <message>
        <source>no entity has the identifier &quot;%1&quot;</source>
        <translation>没有实体带有标识“%1”</translation>
    </message>
    <message>
        <source>both entities must exist</source>
        <translation>两个实体都必须存在</translation>
    </message>
    <message>
        <source>the two entities are already one (merged or identical)</source>
        <translation>这两个实体已是同一个（已合并或相同）</translation>
    </message>
    <message>
        <source>%1 is not a device</source>
        <translation>%1 不是设备</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 不是电话号码</translation>
    </message>
    <message>
        <source>%1 is already marked as the device&apos;s owner</source>
        <translation>%1 已被标记为该设备的机主</translation>
    </message>
    <message>
        <source>there is no merge or owner mark %1</source>
        <translation>不存在合并或机主标记 %1</translation>
    </message>
    <message>
        <source>link %1 was already undone</source>
        <translation>关联 %1 已被撤销</translation>
    </message>
    <message>
        <source>both lines were used in the same handset %1</source>
        <translation>两个号码曾在同一部手机 %1 中使用</translation>
    </message>
    <message>
        <source>the same name &quot;%1&quot;</source>
        <translation>同名“%1”</translation>
    </message>
    <message>
        <source>%1 shared contact(s), e.g. %2</source>
        <translation>%1 个共同联系人，例如 %2</translation>
    </message>
    <message>
        <source>the call names no caller and fewer than two participants</source>
        <translation>该通话没有主叫，且参与方少于两个</translation>
    </message>
    <message>
        <source>the call&apos;s %1 is not a phone or app account with a number</source>
        <translation>该通话的 %1 不是带号码的电话或应用账号</translation>
    </message>
    <message>
        <source>the JSON-LD file is larger than 512 MiB, the most Casebench reads in one piece</source>
        <translation>JSON-LD 文件超过 512 MiB，超出 Casebench 一次读取的上限</translation>
    </message>
    <message>
        <source>the file describes %1 devices, so its records are not attributed to a seized device</source>
        <translation>文件描述了 %1 部设备，因此其记录不归属于某一部扣押设备</translation>
    </message>
    <message>
        <source>objects read only where others refer to them (accounts, applications, devices, places): %1</source>
        <translation>仅在被其他对象引用时读取的对象（账号、应用、设备、地点）：%1</translation>
    </message>
    <message>
        <source>the JSON-LD nests objects too deeply to be a forensic export</source>
        <translation>JSON-LD 对象嵌套过深，不像取证导出文件</translation>
    </message>
    <message>
        <source>a JSON-LD value is a list inside a list</source>
        <translation>JSON-LD 值是列表中的列表</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>the report file is larger than 256 MiB</source>
        <translation>报告文件超过 256 MiB</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>the report&apos;s columns are not an artifact Casebench imports (call logs, messages, contacts)</source>
        <translation>报告的列不属于 Casebench 可导入的项目（通话记录、消息、联系人）</translation>
    </message>
    <message>
        <source>the account has no user name or number</source>
        <translation>该账号没有用户名或号码</translation>
    </message>
    <message>
        <source>cell %1 has the LAC-CI of another network&apos;s cell already in the case; records giving only %2 stay joined to that one</source>
        <translation>小区 %1 与案件中已有的另一网络小区 LAC-CI 相同；仅给出 %2 的记录仍关联到那个小区</translation>
    </message>
    <message>
        <source>a line stating the statement&apos;s balance or period, not a movement</source>
        <translation>说明对账单余额或期间的行，不是一笔收支</translation>
    </message>
    <message>
        <source>cannot read the stated amount &quot;%1&quot;</source>
        <translation>无法读取对账单所述金额“%1”</translation>
    </message>
    <message>
        <source>the statement states credits of %1 %2; the credits imported add up to %3</source>
        <translation>对账单所述收入合计为 %1 %2；已导入的收入合计为 %3</translation>
    </message>
    <message>
        <source>the statement states debits of %1 %2; the debits imported add up to %3</source>
        <translation>对账单所述支出合计为 %1 %2；已导入的支出合计为 %3</translation>
    </message>
    <message>
        <source>account %1 (%2): the case holds no movements of this account yet to check its %3 stated balances against</source>
        <translation>账户 %1（%2）：案件中尚无该账户的交易，无法核对其 %3 个申报余额</translation>
    </message>
    <message>
        <source>account %1 (%2): the stated balance moves by %3 from %4 to %5 (%8), but the %6 movements the case holds then add up to %7: movements are missing from the case, or extra</source>
        <translation>账户 %1（%2）：申报余额从 %4 到 %5 变动 %3（%8），但案件中该期间的 %6 笔交易合计 %7：案件缺少交易，或有多余交易</translation>
    </message>
    <message>
        <source>the row states no balance</source>
        <translation>该行没有余额</translation>
    </message>
    <message>
        <source>account %1 (%2): two balances are stated for %3: %4 (%5) and %6 (%7)</source>
        <translation>账户 %1（%2）：%3 有两个不同的申报余额：%4（%5）和 %6（%7）</translation>
    </message>
    <message>
        <source>the PDF reader (casebench-pdf) could not be started</source>
        <translation>无法启动 PDF 读取程序（casebench-pdf）</translation>
    </message>
    <message>
        <source>the PDF reader stopped on this file: it is damaged or crafted</source>
        <translation>PDF 读取程序在此文件上中止：文件已损坏或被刻意构造</translation>
    </message>
    <message>
        <source>the PDF holds more text than any statement (over 20 million words)</source>
        <translation>该 PDF 的文字量超出任何对账单（超过两千万个词）</translation>
    </message>
    <message>
        <source>no record or entity is &quot;%1&quot;</source>
        <translation>没有记录或实体是“%1”</translation>
    </message>
    <message>
        <source>notes and tags attach to entities and records, not to &quot;%1&quot;</source>
        <translation>备注和标签只能添加到实体和记录上，不能添加到“%1”</translation>
    </message>
    <message>
        <source>there is no such record or entity (%1)</source>
        <translation>不存在该记录或实体（%1）</translation>
    </message>
    <message>
        <source>the entity already has the role %1</source>
        <translation>该实体已是此角色：%1</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>备注内容不能为空</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>不存在备注 %1</translation>
    </message>
    <message>
        <source>a tag is a word or short phrase (1 to 100 characters)</source>
        <translation>标签应为一个词或短语（1 至 100 个字符）</translation>
    </message>
    <message>
        <source>already tagged &quot;%1&quot;</source>
        <translation>已有标签“%1”</translation>
    </message>
    <message>
        <source>not tagged &quot;%1&quot;</source>
        <translation>没有标签“%1”</translation>
    </message>
    <message>
        <source>unknown mapping profile &quot;%1&quot;</source>
        <translation>未知的映射模板“%1”</translation>
    </message>
    <message>
        <source>a lead needs a summary</source>
        <translation>线索需要填写摘要</translation>
    </message>
    <message>
        <source>there is no lead %1</source>
        <translation>不存在线索 %1</translation>
    </message>
    <message>
        <source>the lead is already %1</source>
        <translation>该线索已处于 %1 状态</translation>
    </message>
    <message>
        <source>an event needs a text</source>
        <translation>事件需要填写内容</translation>
    </message>
    <message>
        <source>audit entry %1 bound the case&apos;s facts as if it were being upgraded, but entry %2 had bound them already: the case&apos;s integrity marker was removed</source>
        <translation>审计记录 %1 以升级的名义重新绑定了案件数据，但记录 %2 早已绑定：案件的完整性标记被删除过</translation>
    </message>
    <message>
        <source>%1: the preserved bytes do not match the SHA-256 %2 bound at import</source>
        <translation>%1：留存的原始字节与导入时绑定的 SHA-256 %2 不符</translation>
    </message>
    <message>
        <source>%1: no audit entry binds this source: it was not added by an import</source>
        <translation>%1：没有审计记录绑定此来源文件：它不是经导入加入的</translation>
    </message>
    <message>
        <source>%1: the recorded SHA-256 or size was changed after audit entry %2 bound them (bound: %3, %4 bytes)</source>
        <translation>%1：登记的 SHA-256 或大小在审计记录 %2 绑定后被改动（绑定值：%3，%4 字节）</translation>
    </message>
    <message>
        <source>%1: the source audit entry %2 bound (SHA-256 %3) is missing from the case</source>
        <translation>%1：审计记录 %2 绑定的来源文件（SHA-256 %3）已从案件中缺失</translation>
    </message>
    <message>
        <source>%1 row %2 (%3, %4) has no digest: no import wrote it</source>
        <translation>%1 行 %2（%3，%4）没有摘要：不是导入写入的</translation>
    </message>
    <message>
        <source>%1 row %2 (%3, %4) was changed after its import</source>
        <translation>%1 行 %2（%3，%4）在导入后被改动</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 rows of this source, audit entry %4 bound %5 (rows were added or removed)</source>
        <translation>%1：%2 中现有此来源的 %3 行，审计记录 %4 绑定的是 %5 行（有行被增加或删除）</translation>
    </message>
    <message>
        <source>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed and its digest rewritten)</source>
        <translation>%1：%3 的 %2 行与审计记录 %4 绑定的不一致（有行被改动且其摘要被重写）</translation>
    </message>
    <message>
        <source>%1: the %2 rows of %3 differ from what audit entry %4 bound (a row was changed)</source>
        <translation>%1：%3 的 %2 行与审计记录 %4 绑定的不一致（有行被改动）</translation>
    </message>
    <message>
        <source>%1 rows of %2 name source %3, which the case does not hold</source>
        <translation>%2 中有 %1 行指向来源 %3，但案件中没有该来源</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 were added after audit entry %4 bound this source</source>
        <translation>%1：审计记录 %4 绑定此来源后，%3 中被加入了 %2 行</translation>
    </message>
    <message>
        <source>%1 %2 was not written through the case session: no audit entry binds it</source>
        <translation>%1 %2 不是通过案件操作写入的：没有审计记录绑定它</translation>
    </message>
    <message>
        <source>%1 %2 was changed after audit entry %3 bound it</source>
        <translation>%1 %2 在审计记录 %3 绑定后被改动</translation>
    </message>
    <message>
        <source>%1 %2 was deleted after audit entry %3 bound it</source>
        <translation>%1 %2 在审计记录 %3 绑定后被删除</translation>
    </message>
    <message>
        <source>the file nests elements deeper than any OFX file does</source>
        <translation>文件的元素嵌套层级超出任何 OFX 文件，已拒绝</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot;</source>
        <translation>没有账户为“%1”</translation>
    </message>
    <message>
        <source>a trace follows at least 1 hop</source>
        <translation>追踪层数至少为 1</translation>
    </message>
    <message>
        <source>the allocation is fifo, libr, proportional or none</source>
        <translation>分配规则应为 fifo、libr、proportional 或 none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or an ISO 8601 time</source>
        <translation>“%1”不是日期或 ISO 8601 时间</translation>
    </message>
    <message>
        <source>the smallest payment is an amount such as 1000 or 1000.50</source>
        <translation>最小金额应为金额，如 1000 或 1000.50</translation>
    </message>
    <message>
        <source>unknown analysis &quot;%1&quot;</source>
        <translation>未知的分析类型“%1”</translation>
    </message>
    <message>
        <source>this analysis compares two or more entities (--entity)</source>
        <translation>此分析需比较两个或以上对象（--entity）</translation>
    </message>
    <message>
        <source>this analysis looks at one number (--entity)</source>
        <translation>此分析针对一个号码（--entity）</translation>
    </message>
    <message>
        <source>the window, the limit and the ratio range must be positive</source>
        <translation>时间窗口、条数上限和比例范围必须为正</translation>
    </message>
    <message>
        <source>no account or number is &quot;%1&quot;</source>
        <translation>没有账户或号码为“%1”</translation>
    </message>
    <message>
        <source>a path runs from one entity to another (--entity twice)</source>
        <translation>路径分析需要起点和终点两个对象（--entity 两次）</translation>
    </message>
    <message>
        <source>the graph is calls or money</source>
        <translation>图的类型应为 calls（通话）或 money（资金）</translation>
    </message>
    <message>
        <source>a table exhibit shows transactions, calls, messages, contacts or locations, not &quot;%1&quot;</source>
        <translation>表格证据只能是交易、通话、消息、联系人或位置，不能是“%1”</translation>
    </message>
    <message>
        <source>no entity is &quot;%1&quot;</source>
        <translation>没有对象为“%1”</translation>
    </message>
    <message>
        <source>no record has the UUID &quot;%1&quot;</source>
        <translation>没有记录的 UUID 为“%1”</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>没有分析记录 %1</translation>
    </message>
    <message>
        <source>there is no exhibit %1</source>
        <translation>没有证据 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case detail (title, case_number, agency, handling, narrative)</source>
        <translation>“%1”不是案件信息项（title、case_number、agency、handling、narrative）</translation>
    </message>
    <message>
        <source>a case number has at most 64 characters</source>
        <translation>案件编号最多 64 个字符</translation>
    </message>
    <message>
        <source>no message has the UUID &quot;%1&quot;</source>
        <translation>没有 UUID 为“%1”的消息</translation>
    </message>
    <message>
        <source>audit entry %1 is not signed, though the entries before it are</source>
        <translation>审计记录 %1 没有签名，而其之前的记录均已签名</translation>
    </message>
    <message>
        <source>audit entry %1&apos;s signature does not match the key %2 it names</source>
        <translation>审计记录 %1 的签名与其所注明的密钥 %2 不符</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to read (more than 1024 levels)</source>
        <translation>JSON 嵌套层级过深，无法读取（超过 1024 层）</translation>
    </message>
    <message>
        <source>a view&apos;s name has 1 to 100 characters</source>
        <translation>视图名称须为 1 至 100 个字符</translation>
    </message>
    <message>
        <source>there is no saved timeline view &quot;%1&quot;</source>
        <translation>没有名为“%1”的已保存时间轴视图</translation>
    </message>
    <message>
        <source>the timeline&apos;s counts do not match the records (%1)</source>
        <translation>时间轴计数与记录不符（%1）</translation>
    </message>
    <message>
        <source>there is no saved chart &quot;%1&quot;</source>
        <translation>没有名为“%1”的已保存关系图</translation>
    </message>
    <message>
        <source>an exhibit is a table, a record, a thread, a run, a lead, a timeline or a chart, not &quot;%1&quot;</source>
        <translation>证据只能是表格、记录、会话、分析运行、线索、时间轴或关系图，不能是“%1”</translation>
    </message>
    <message>
        <source>an asserted link is owns, uses, member_of or alias_of, not &quot;%1&quot;</source>
        <translation>研判关系只能是 owns、uses、member_of 或 alias_of，不能是“%1”</translation>
    </message>
    <message>
        <source>a link&apos;s status is alleged, corroborated or refuted, not &quot;%1&quot;</source>
        <translation>关系状态只能是 alleged（待核实）、corroborated（已印证）或 refuted（已否定），不能是“%1”</translation>
    </message>
    <message>
        <source>a link joins two different entities</source>
        <translation>关系必须连接两个不同的实体</translation>
    </message>
    <message>
        <source>link %1 is not an asserted link</source>
        <translation>关系 %1 不是研判关系</translation>
    </message>
    <message>
        <source>the %1 was %2 characters long and was cut to the first %3</source>
        <translation>字段 %1 长 %2 个字符，已截取前 %3 个字符</translation>
    </message>
    <message>
        <source>no profile knows this layout: its columns were mapped from their header words and content (confidence %1%): %2. Check the mapping; save it as a profile with --save-profile</source>
        <translation>没有映射模板识别此格式：已根据表头词语和列内容自动映射各列（置信度 %1%）：%2。请核对映射；可用 --save-profile 保存为模板</translation>
    </message>
    <message>
        <source>no known layout, and the columns could not be mapped with confidence from their header words and content (best guess %1%, %2% needed: %3); name a mapping profile with --profile</source>
        <translation>格式无法识别，且无法根据表头词语和列内容可靠地映射各列（最佳推测 %1%，需要 %2%：%3）；请用 --profile 指定映射模板</translation>
    </message>
    <message>
        <source>the file does not say whose account this statement is: its rows were imported onto a placeholder account, &quot;account holder of %1&quot;; merge it with the real account once that is known (or import again with --account)</source>
        <translation>文件未说明这是谁的账户流水：已导入到占位账户“%1 的账户持有人”；查明真实账户后请将二者合并（或用 --account 重新导入）</translation>
    </message>
    <message>
        <source>the value date &quot;%1&quot; cannot be read and was left empty</source>
        <translation>无法识别起息日“%1”，已留空</translation>
    </message>
    <message>
        <source>unknown call direction &quot;%1&quot;: kept as unknown</source>
        <translation>未知的呼叫类型“%1”：按未知保留</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;: left empty</source>
        <translation>无法识别通话时长“%1”：已留空</translation>
    </message>
    <message>
        <source>the azimuth &quot;%1&quot; is not a bearing of 0-360 degrees and was left empty</source>
        <translation>方位角“%1”不是 0–360 度的方向，已留空</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot; and entry date &quot;%2&quot;</source>
        <translation>起息日“%1”和记账日“%2”均无效</translation>
    </message>
    <message>
        <source>invalid value date &quot;%1&quot;: the entry date is used and the value date left empty</source>
        <translation>起息日“%1”无效：使用记账日，起息日留空</translation>
    </message>
    <message>
        <source>the &lt;%1&gt; value was %2 characters long and was cut to the first %3</source>
        <translation>&lt;%1&gt; 的值长 %2 个字符，已截取前 %3 个字符</translation>
    </message>
    <message>
        <source>the import is committed, but the case file could not be written out (%1): until it is, the rows are only in %2-wal, which must stay beside the case; free space and open the case again</source>
        <translation>导入已提交，但无法写入案件文件（%1）：在写入之前，这些数据只保存在 %2-wal 中，该文件必须与案件文件放在一起；请释放磁盘空间后重新打开案件</translation>
    </message>
    <message>
        <source>no known layout: the header was not recognised (name a mapping profile with --profile)</source>
        <translation>无法识别格式：表头无法识别（请用 --profile 指定映射模板）</translation>
    </message>
    <message>
        <source>this is not delimited text</source>
        <translation>这不是分隔符文本</translation>
    </message>
    <message>
        <source>the workbook has no rows</source>
        <translation>工作簿中没有数据行</translation>
    </message>
    <message>
        <source>a worksheet holds at most 1,048,575 rows and the table has %1: narrow it with the filter, or export it as CSV</source>
        <translation>一个工作表最多容纳 1,048,575 行，而该表有 %1 行：请先用筛选缩小范围，或导出为 CSV</translation>
    </message>
    <message>
        <source>no conflict %1</source>
        <translation>没有冲突 %1</translation>
    </message>
    <message>
        <source>conflict %1 is already resolved</source>
        <translation>冲突 %1 已处理</translation>
    </message>
    <message>
        <source>conflict %1 is about a table this Casebench does not merge</source>
        <translation>冲突 %1 涉及本版本 Casebench 不合并的数据表</translation>
    </message>
    <message>
        <source>%1 lines before the data were skipped, as the profile says</source>
        <translation>按映射方案跳过了数据前的 %1 行</translation>
    </message>
    <message>
        <source>the profile skips %1 lines at the top, and nothing follows them in the file&apos;s first %2 lines</source>
        <translation>映射方案跳过开头 %1 行，但文件前 %2 行中这些行之后再无内容</translation>
    </message>
    <message>
        <source>another connection is reading the case: part of the import stays in %1-wal until it lets go, and is then written into the case file; copy the case only once it is closed everywhere</source>
        <translation>另有连接正在读取此案件：部分导入内容暂存于 %1-wal，待其释放后写入案件文件；请在各处关闭案件后再复制</translation>
    </message>
</context>
<context>
    <name>cb::app::Cli</name>
    <message>
        <source>Create a new, empty case file.</source>
        <translation>新建一个空的案件文件。</translation>
    </message>
    <message>
        <source>The case file to create (e.g. fraud.casebench).</source>
        <translation>要创建的案件文件（例如 fraud.casebench）。</translation>
    </message>
    <message>
        <source>Case title.</source>
        <translation>案件名称。</translation>
    </message>
    <message>
        <source>Default region for phone numbers (ISO 3166, e.g. CN).</source>
        <translation>电话号码的默认地区（ISO 3166，例如 CN）。</translation>
    </message>
    <message>
        <source>The case&apos;s time zone (IANA, e.g. Asia/Shanghai).</source>
        <translation>案件时区（IANA，例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Investigator&apos;s name, recorded in the audit log.</source>
        <translation>办案人员姓名，记入审计日志。</translation>
    </message>
    <message>
        <source>new: exactly one CASE is required</source>
        <translation>new：必须且只能指定一个案件文件</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>... more diagnostics in the import certificate (casebench info)</source>
        <translation>……更多诊断信息见导入证明（casebench info）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Import source files into a case. Each file is imported whole or not at all.</source>
        <translation>将源文件导入案件。每个文件要么完整导入，要么完全不导入。</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>案件文件。</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Importer id (default: detect from content).</source>
        <translation>导入器标识（默认：按内容识别）。</translation>
    </message>
    <message>
        <source>Mapping profile id or JSON file (default: suggested from the header).</source>
        <translation>映射模板标识或 JSON 文件（默认：根据表头推荐）。</translation>
    </message>
    <message>
        <source>Time zone of times without an offset (IANA).</source>
        <translation>不带时差的时间所属时区（IANA）。</translation>
    </message>
    <message>
        <source>Warrant or authorisation reference.</source>
        <translation>法律依据（调取证据通知书或审批文号）。</translation>
    </message>
    <message>
        <source>The statement&apos;s own account, when the file does not say.</source>
        <translation>文件未注明时，流水所属的本方账号。</translation>
    </message>
    <message>
        <source>The target number of call records, when the file does not say.</source>
        <translation>文件未注明时，话单所属的目标号码。</translation>
    </message>
    <message>
        <source>Currency of amounts, when the file has no currency column.</source>
        <translation>文件没有币种列时，金额所用的币种。</translation>
    </message>
    <message>
        <source>Who imports (default: the case&apos;s investigator).</source>
        <translation>导入人（默认：案件办案人员）。</translation>
    </message>
    <message>
        <source>Import even if a file with the same SHA-256 is already in the case.</source>
        <translation>即使案件中已有相同 SHA-256 的文件也导入。</translation>
    </message>
    <message>
        <source>Print a JSON report on standard output.</source>
        <translation>在标准输出打印 JSON 报告。</translation>
    </message>
    <message>
        <source>import: CASE and at least one FILE are required</source>
        <translation>import：需要指定案件文件和至少一个源文件</translation>
    </message>
    <message>
        <source>import: --account and --subscriber cannot be combined</source>
        <translation>import：--account 与 --subscriber 不能同时使用</translation>
    </message>
    <message>
        <source>import: unknown time zone %1</source>
        <translation>import：未知时区 %1</translation>
    </message>
    <message>
        <source>Show a case&apos;s sources, counts and import certificates.</source>
        <translation>显示案件的源文件、数量统计和导入证明。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>打印 JSON。</translation>
    </message>
    <message>
        <source>info: exactly one CASE is required</source>
        <translation>info：必须且只能指定一个案件文件</translation>
    </message>
    <message>
        <source>Case: %1 (schema %2, time zone %3)</source>
        <translation>案件：%1（结构版本 %2，时区 %3）</translation>
    </message>
    <message>
        <source>Source %1: %2 [%3] sha256 %4 imported %5: %6 read, %7 accepted, %8 rejected, %9 skipped</source>
        <translation>源文件 %1：%2 [%3] sha256 %4 导入于 %5：读取 %6 行，接收 %7 行，拒收 %8 行，跳过 %9 行</translation>
    </message>
    <message>
        <source>List the importers and mapping profiles.</source>
        <translation>列出导入器和映射模板。</translation>
    </message>
    <message>
        <source>Importers:</source>
        <translation>导入器：</translation>
    </message>
    <message>
        <source>Mapping profiles:</source>
        <translation>映射模板：</translation>
    </message>
    <message>
        <source>Build the synthetic telecom-fraud demo case from source files in real formats.</source>
        <translation>用真实格式的源文件生成合成的电信诈骗演示案件。</translation>
    </message>
    <message>
        <source>The case file to create.</source>
        <translation>要创建的案件文件。</translation>
    </message>
    <message>
        <source>demo: exactly one CASE is required</source>
        <translation>demo：必须且只能指定一个案件文件</translation>
    </message>
    <message>
        <source>Demo: telecom fraud ring (synthetic)</source>
        <translation>演示：电信诈骗团伙（合成数据）</translation>
    </message>
    <message>
        <source>Demo data: synthetic, no warrant needed</source>
        <translation>演示数据：合成数据，无需法律文书</translation>
    </message>
    <message>
        <source>verify: exactly one CASE is required</source>
        <translation>verify：必须且只能指定一个案件文件</translation>
    </message>
    <message>
        <source>Password of an encrypted PDF (used to open it, never stored).</source>
        <translation>加密 PDF 的密码（仅用于打开，不会保存）。</translation>
    </message>
    <message>
        <source>%1: skipped, no importer recognises it</source>
        <translation>%1：已跳过，没有导入器能识别</translation>
    </message>
    <message>
        <source>%1: imported as %2: %3 transactions, %4 calls, %5 messages, %8 contacts, %6 cell sites; %7 rows rejected</source>
        <translation>%1：已按 %2 导入：%3 笔交易，%4 条通话，%5 条消息，%8 个联系人，%6 个基站；拒收 %7 行</translation>
    </message>
    <message>
        <source>The seized device the files come from: its IMEI or exhibit label (default for a folder: the folder&apos;s name).</source>
        <translation>文件所属的扣押设备：其 IMEI 或物证标签（导入文件夹时默认为文件夹名）。</translation>
    </message>
    <message>
        <source>Words to find (any script; case-insensitive).</source>
        <translation>要查找的词（任意文字；不区分大小写）。</translation>
    </message>
    <message>
        <source>At most this many hits (default 200).</source>
        <translation>最多返回的命中条数（默认 200）。</translation>
    </message>
    <message>
        <source>search: CASE and QUERY are required</source>
        <translation>search：必须指定 CASE 和 QUERY</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
    <message>
        <source>source: %1, %2 (SHA-256 %3)</source>
        <translation>来源：%1，%2（SHA-256 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条命中</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls, messages, contacts, cell sites and seized devices as CASE/UCO JSON-LD. Every object keeps its Casebench UUID and names its source file (with SHA-256) and locator.</source>
        <translation>将通话、消息、联系人、基站和扣押设备导出为 CASE/UCO JSON-LD。每个对象保留其 Casebench UUID，并注明来源文件（含 SHA-256）和定位信息。</translation>
    </message>
    <message>
        <source>The file to write (e.g. case.jsonld).</source>
        <translation>要写入的文件（如 case.jsonld）。</translation>
    </message>
    <message>
        <source>Export format (only case-uco for now).</source>
        <translation>导出格式（目前仅支持 case-uco）。</translation>
    </message>
    <message>
        <source>Print a JSON summary.</source>
        <translation>输出 JSON 摘要。</translation>
    </message>
    <message>
        <source>export: CASE and OUT are required</source>
        <translation>export：必须提供 CASE 和 OUT</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;</source>
        <translation>export：未知格式“%1”</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: export failed: %2</source>
        <translation>%1：导出失败：%2</translation>
    </message>
    <message>
        <source>Why (recorded with the decision and in the audit log; required).</source>
        <translation>理由（与决定一起记录并写入审计日志；必填）。</translation>
    </message>
    <message>
        <source>How sure you are, 0-100 (default 100).</source>
        <translation>把握程度，0-100（默认 100）。</translation>
    </message>
    <message>
        <source>Mark PHONE as the owner&apos;s line of the seized DEVICE (charts can start from owners).</source>
        <translation>将 PHONE 标记为扣押设备 DEVICE 的机主号码（图表可从机主出发）。</translation>
    </message>
    <message>
        <source>Declare two entities one (e.g. a phone, a bank account and an app account of one person). Reversible with `unlink`; audited.</source>
        <translation>声明两个实体为同一个（如同一人的手机号、银行账户和应用账号）。可用 `unlink` 撤销；记入审计。</translation>
    </message>
    <message>
        <source>#id, UUID or identifier.</source>
        <translation>#编号、UUID 或标识。</translation>
    </message>
    <message>
        <source>three arguments are required</source>
        <translation>需要三个参数</translation>
    </message>
    <message>
        <source>--confidence takes a number from 0 to 100</source>
        <translation>--confidence 取 0 到 100 的数字</translation>
    </message>
    <message>
        <source>link %1: %2 is the owner&apos;s line of %3</source>
        <translation>关联 %1：%2 是 %3 的机主号码</translation>
    </message>
    <message>
        <source>link %1: %2 and %3 are one entity now</source>
        <translation>关联 %1：%2 与 %3 现为同一实体</translation>
    </message>
    <message>
        <source>Undo a merge or an owner mark. The link stays on record as undone; the undo is audited.</source>
        <translation>撤销合并或机主标记。该关联保留记录并标为已撤销；撤销操作记入审计。</translation>
    </message>
    <message>
        <source>The link number (see `links`).</source>
        <translation>关联编号（见 `links`）。</translation>
    </message>
    <message>
        <source>unlink: CASE and a LINK number are required</source>
        <translation>unlink：必须提供 CASE 和关联编号 LINK</translation>
    </message>
    <message>
        <source>link %1 undone</source>
        <translation>关联 %1 已撤销</translation>
    </message>
    <message>
        <source>links: CASE is required</source>
        <translation>links：必须提供 CASE</translation>
    </message>
    <message>
        <source>undone %1 by %2</source>
        <translation>已于 %1 由 %2 撤销</translation>
    </message>
    <message>
        <source>List entities the data suggests are one person, with the reasons. Nothing is merged.</source>
        <translation>列出数据提示可能属于同一人的实体及理由。不会自动合并。</translation>
    </message>
    <message>
        <source>At most this many (default 200).</source>
        <translation>最多显示这么多条（默认 200）。</translation>
    </message>
    <message>
        <source>suggest: CASE is required</source>
        <translation>suggest：必须提供 CASE</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s); merge with `casebench merge CASE #A #B --justification ...`</source>
        <translation>
            <numerusform>%n 条建议；用 `casebench merge CASE #A #B --justification ...` 合并</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: also %2 app and service accounts of the device&apos;s user, %3 other phone artifacts (kept as key/value records)</source>
        <translation>%1：另有设备使用者的应用及服务账号 %2 个，其他手机痕迹 %3 条（以键值记录保存）</translation>
    </message>
    <message>
        <source>Search message bodies, contact names, phone artifacts and notes. Every word must occur; each hit names the source file and the row it came from.</source>
        <translation>搜索消息正文、联系人姓名、手机痕迹和批注。每个词都必须出现；每条结果都注明来源文件及其所在行。</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 messages, %4 contacts, %5 cell sites, %6 locations, %7 accounts, %8 devices from %9 source files</source>
        <translation>%1：通话 %2 条、消息 %3 条、联系人 %4 条、基站 %5 个、位置 %6 个、账户 %7 个、设备 %8 台，来自 %9 个源文件</translation>
    </message>
    <message>
        <source>SHA-256 of the export: %1</source>
        <translation>导出文件的 SHA-256：%1</translation>
    </message>
    <message>
        <source>Region that national phone numbers in these files belong to (ISO 3166, e.g. IN; default: the case&apos;s).</source>
        <translation>这些文件中国内格式电话号码所属的地区（ISO 3166，例如 IN；默认：案件的地区）。</translation>
    </message>
    <message>
        <source>import: --region takes a two-letter country code such as CN or IN</source>
        <translation>import：--region 需要两位国家代码，例如 CN 或 IN</translation>
    </message>
    <message numerus="yes">
        <source>%1: also %n stated balance(s) of the account, checked against the movements in the case</source>
        <translation>
            <numerusform>%1：另有该账户的 %n 个申报余额，已与案件中的交易核对</numerusform>
        </translation>
    </message>
    <message>
        <source>create an empty case file</source>
        <translation>新建空白案件文件</translation>
    </message>
    <message>
        <source>import files, folders or ZIP archives (each whole or not at all)</source>
        <translation>导入文件、文件夹或 ZIP 压缩包（每个文件要么全部导入，要么不导入）</translation>
    </message>
    <message>
        <source>counts, sources and their import certificates</source>
        <translation>数据量、来源文件及其导入证明</translation>
    </message>
    <message>
        <source>the importers and mapping profiles</source>
        <translation>导入器和映射模板</translation>
    </message>
    <message>
        <source>build the synthetic telecom-fraud demo case</source>
        <translation>生成电信诈骗演示案件（合成数据）</translation>
    </message>
    <message>
        <source>telephony as CASE/UCO JSON-LD</source>
        <translation>以 CASE/UCO JSON-LD 导出通信数据</translation>
    </message>
    <message>
        <source>entities the data suggests are one person, with reasons</source>
        <translation>数据提示可能为同一人的实体及理由</translation>
    </message>
    <message>
        <source>declare two entities one person</source>
        <translation>认定两个实体为同一人</translation>
    </message>
    <message>
        <source>mark a line as a seized device&apos;s owner</source>
        <translation>标记某号码为扣押设备的机主号码</translation>
    </message>
    <message>
        <source>undo a merge or an owner mark</source>
        <translation>撤销合并或机主标记</translation>
    </message>
    <message>
        <source>set an entity&apos;s role in the case</source>
        <translation>设置实体在案件中的角色</translation>
    </message>
    <message>
        <source>the entities with a role</source>
        <translation>有角色的实体</translation>
    </message>
    <message>
        <source>notes on an entity or a record (TARGET: a record&apos;s UUID or an identifier)</source>
        <translation>为实体或记录添加备注（TARGET：记录的 UUID 或标识号）</translation>
    </message>
    <message>
        <source>the notes, of the case or of one target</source>
        <translation>案件全部备注，或某一对象的备注</translation>
    </message>
    <message>
        <source>tag an entity or a record</source>
        <translation>为实体或记录加标签</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Usage: casebench [CASE]   open the workbench (on CASE)</source>
        <translation>用法：casebench [CASE]   打开工作台（打开案件 CASE）</translation>
    </message>
    <message>
        <source>Run `casebench COMMAND --help` for a command&apos;s options.</source>
        <translation>运行 `casebench 命令 --help` 查看该命令的选项。</translation>
    </message>
    <message>
        <source>casebench: unknown command &quot;%1&quot;</source>
        <translation>casebench：未知命令“%1”</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>参数个数不对</translation>
    </message>
    <message>
        <source>Set an entity&apos;s role in the case (subject, victim, witness, associate, or none to remove it). Charts, timelines and the packet&apos;s redaction use roles.</source>
        <translation>设置实体在案件中的角色（subject 嫌疑人、victim 受害人、witness 证人、associate 关系人，none 表示取消）。关系图、时间轴和证据包的脱敏都依据角色。</translation>
    </message>
    <message>
        <source>#id, UUID or identifier of the entity.</source>
        <translation>实体的 #编号、UUID 或标识号。</translation>
    </message>
    <message>
        <source>Why (recorded with the role and in the audit log).</source>
        <translation>理由（与角色一并记录，并写入审计日志）。</translation>
    </message>
    <message>
        <source>role: ROLE is one of subject, victim, witness, associate, none</source>
        <translation>role：ROLE 须为 subject、victim、witness、associate、none 之一</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 现为：%2</translation>
    </message>
    <message>
        <source>List the entities that have a role in the case.</source>
        <translation>列出在案件中有角色的实体。</translation>
    </message>
    <message>
        <source>Add, edit or delete a note on an entity or a record. Edits keep the note&apos;s UUID; a deleted note leaves a tombstone. Usage: note add CASE TARGET TEXT | note edit CASE NOTE TEXT | note delete CASE NOTE</source>
        <translation>为实体或记录添加、修改或删除备注。修改保留备注的 UUID；删除的备注留有删除标记。用法：note add CASE TARGET TEXT | note edit CASE NOTE TEXT | note delete CASE NOTE</translation>
    </message>
    <message>
        <source>note: add, edit or delete</source>
        <translation>note：add、edit 或 delete</translation>
    </message>
    <message>
        <source>note %1 edited</source>
        <translation>备注 %1 已修改</translation>
    </message>
    <message>
        <source>note %1 deleted</source>
        <translation>备注 %1 已删除</translation>
    </message>
    <message>
        <source>List the notes of the case, or of one entity or record.</source>
        <translation>列出案件的备注，或某一实体、记录的备注。</translation>
    </message>
    <message>
        <source>Only the notes on this record (UUID) or entity (identifier).</source>
        <translation>仅列出该记录（UUID）或实体（标识号）的备注。</translation>
    </message>
    <message>
        <source>Tag an entity or a record.</source>
        <translation>为实体或记录加标签。</translation>
    </message>
    <message>
        <source>Remove a tag from an entity or a record.</source>
        <translation>移除实体或记录上的标签。</translation>
    </message>
    <message>
        <source>A record&apos;s UUID, or an identifier (its entity).</source>
        <translation>记录的 UUID，或标识号（指其实体）。</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>标签。</translation>
    </message>
    <message>
        <source>an event no source holds, marked as analyst-entered</source>
        <translation>添加来源文件中没有的事件，标记为分析人员录入</translation>
    </message>
    <message>
        <source>the events analysts entered</source>
        <translation>分析人员录入的事件</translation>
    </message>
    <message>
        <source>register a lead (prints its code) or move it to a status</source>
        <translation>登记线索（输出其编号）或变更其状态</translation>
    </message>
    <message>
        <source>the leads register, with each lead&apos;s history and entities</source>
        <translation>线索登记簿，含每条线索的状态记录和涉及实体</translation>
    </message>
    <message>
        <source>Register a lead (informant report, bank alert, platform warning…); prints its code L-YYYY-NNNNNN.</source>
        <translation>登记一条线索（线人举报、银行预警、平台预警……）；输出其编号 L-YYYY-NNNNNN。</translation>
    </message>
    <message>
        <source>Move a lead to a status: new, assigned, verifying, confirmed or closed; each step is kept with who and when.</source>
        <translation>将线索变更为某一状态：new 新登记、assigned 已分派、verifying 核查中、confirmed 已查实、closed 已办结；每一步都记录操作人和时间。</translation>
    </message>
    <message>
        <source>What the lead says.</source>
        <translation>线索内容摘要。</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>线索来源。</translation>
    </message>
    <message>
        <source>An entity it concerns (#id, UUID or identifier); repeatable.</source>
        <translation>涉及的实体（#编号、UUID 或标识号）；可重复。</translation>
    </message>
    <message>
        <source>The lead&apos;s code.</source>
        <translation>线索编号。</translation>
    </message>
    <message>
        <source>A note kept with the step.</source>
        <translation>随该步骤记录的说明。</translation>
    </message>
    <message>
        <source>lead set: STATUS is one of new, assigned, verifying, confirmed, closed</source>
        <translation>lead set：STATUS 须为 new、assigned、verifying、confirmed、closed 之一</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为 %2</translation>
    </message>
    <message>
        <source>lead add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | lead set CASE CODE STATUS [--note T]</source>
        <translation>lead add CASE --summary T [--source T] [--entity IDENTIFIER]... [--json] | lead set CASE CODE STATUS [--note T]</translation>
    </message>
    <message>
        <source>lead: add or set</source>
        <translation>lead：add 或 set</translation>
    </message>
    <message>
        <source>The leads register: each lead with its code, status, history and entities.</source>
        <translation>线索登记簿：每条线索的编号、状态、状态记录和涉及实体。</translation>
    </message>
    <message>
        <source>Only the leads with this status.</source>
        <translation>仅列出处于该状态的线索。</translation>
    </message>
    <message>
        <source>leads: CASE is required</source>
        <translation>leads：必须指定 CASE</translation>
    </message>
    <message>
        <source>leads: --status is one of new, assigned, verifying, confirmed, closed</source>
        <translation>leads：--status 须为 new、assigned、verifying、confirmed、closed 之一</translation>
    </message>
    <message>
        <source>event add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]</source>
        <translation>event add CASE --time TIME --text T [--entity IDENTIFIER]... [--basis T] [--json]</translation>
    </message>
    <message>
        <source>event: add</source>
        <translation>event：add</translation>
    </message>
    <message>
        <source>Add an event that no source holds (what a victim or witness reported), marked as analyst-entered.</source>
        <translation>添加来源文件中没有的事件（受害人或证人所述），标记为分析人员录入。</translation>
    </message>
    <message>
        <source>When: ISO 8601, with an offset or in the case&apos;s time zone (2024-03-01T10:30).</source>
        <translation>时间：ISO 8601 格式，可带时差，否则按案件时区（2024-03-01T10:30）。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>发生了什么。</translation>
    </message>
    <message>
        <source>An entity involved (#id, UUID or identifier); repeatable.</source>
        <translation>涉及的实体（#编号、UUID 或标识号）；可重复。</translation>
    </message>
    <message>
        <source>On what basis (statement, interview, report).</source>
        <translation>依据（笔录、询问、报告）。</translation>
    </message>
    <message>
        <source>event add: CASE, --time and --text are required</source>
        <translation>event add：必须指定 CASE、--time 和 --text</translation>
    </message>
    <message>
        <source>event add: the time &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>event add：时间“%1”不是 ISO 8601 格式</translation>
    </message>
    <message>
        <source>The events analysts entered, in time order, each with who entered it and on what basis.</source>
        <translation>分析人员录入的事件，按时间排列，附录入人和依据。</translation>
    </message>
    <message>
        <source>events: CASE is required</source>
        <translation>events：必须指定 CASE</translation>
    </message>
    <message>
        <source>entered by %1 (%2); basis: %3</source>
        <translation>录入人 %1（%2）；依据：%3</translation>
    </message>
    <message>
        <source>demo: roles set for %1 entities, lead %2 registered, the first victim&apos;s statement entered</source>
        <translation>demo：已为 %1 个实体设置角色，已登记线索 %2，已录入第一位受害人的陈述</translation>
    </message>
    <message>
        <source>Audit head: %1 (keep it to show later that no entry was removed: verify --head)</source>
        <translation>审计链头：%1（请留存，日后可用 verify --head 证明没有条目被删除）</translation>
    </message>
    <message>
        <source>The audit head recorded earlier (`casebench info`): confirms no entry after it was removed.</source>
        <translation>此前记录的审计链头（`casebench info` 输出）：确认其后没有条目被删除。</translation>
    </message>
    <message>
        <source>Re-hash every preserved source file, recompute the digest of every row the audit chain binds, and check the chain: names each source, row and audit entry that differs.</source>
        <translation>重新计算每个留存原始文件的哈希和审计链绑定的每一行的摘要，并校验审计链：指出每个不一致的来源文件、数据行和审计记录。</translation>
    </message>
    <message>
        <source>Note: facts before audit entry %1 were bound when the case was upgraded, not at import</source>
        <translation>注意：审计记录 %1 之前的数据是在案件升级时绑定的，而非导入时</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 sources intact, %n rows match what the audit chain binds, audit chain of %2 entries intact</source>
        <translation>
            <numerusform>正常：%1 个来源文件完好，%n 行与审计链绑定的一致，审计链 %2 条记录完好</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s)</source>
        <translation>
            <numerusform>失败：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>where the money paid out of an account went, under a named tracing rule</source>
        <translation>资金追踪：按指定的追踪规则查明从某账户转出的资金去向</translation>
    </message>
    <message>
        <source>the saved analysis runs, newest first</source>
        <translation>已保存的分析记录（最新在前）</translation>
    </message>
    <message>
        <source>run a saved analysis again and say what changed</source>
        <translation>重新运行已保存的分析并说明变化</translation>
    </message>
    <message>
        <source>Traced %1 paid out of %2 (%3)</source>
        <translation>追踪从 %2 转出的 %1（%3）</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>取现</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>（无对手方）</translation>
    </message>
    <message>
        <source>Where it ended:</source>
        <translation>资金最终去向：</translation>
    </message>
    <message>
        <source>Saved as run %1</source>
        <translation>已保存为分析记录 %1</translation>
    </message>
    <message>
        <source>The account the money left.</source>
        <translation>资金转出的账户。</translation>
    </message>
    <message>
        <source>Follow at most N payments from the origin (default 6).</source>
        <translation>自起点最多追踪 N 层转账（默认 6）。</translation>
    </message>
    <message>
        <source>Only the origin&apos;s payments from this time.</source>
        <translation>只追踪起点账户自此时间起的转出。</translation>
    </message>
    <message>
        <source>Only payments up to this time.</source>
        <translation>只计此时间之前的交易。</translation>
    </message>
    <message>
        <source>Do not follow smaller payments.</source>
        <translation>低于此金额的交易不再追踪。</translation>
    </message>
    <message>
        <source>Money idle longer than this (36h, 3d) stays where it is.</source>
        <translation>资金停留超过此时长（如 36h、3d）即视为沉淀，不再追踪。</translation>
    </message>
    <message>
        <source>fifo (Clayton&apos;s case), libr (lowest intermediate balance), proportional, none.</source>
        <translation>fifo（先进先出，克莱顿案规则）、libr（最低中间余额规则）、proportional（按比例）、none（仅路径）。</translation>
    </message>
    <message>
        <source>trace: CASE and --from are required</source>
        <translation>trace：需要 CASE 和 --from</translation>
    </message>
    <message>
        <source>trace: --max-gap is a duration such as 36h or 3d</source>
        <translation>trace：--max-gap 应为时长，如 36h 或 3d</translation>
    </message>
    <message>
        <source>trace: --min-amount is an amount such as 1000 or 1000.50</source>
        <translation>trace：--min-amount 应为金额，如 1000 或 1000.50</translation>
    </message>
    <message>
        <source>The saved analysis runs, newest first.</source>
        <translation>已保存的分析记录，最新在前。</translation>
    </message>
    <message>
        <source>runs: exactly one CASE is required</source>
        <translation>runs：需要且仅需一个 CASE</translation>
    </message>
    <message>
        <source>Run a saved analysis again: says whether the rows it reads and its result are what they were, and if not, which rows were added, removed or changed since.</source>
        <translation>重新运行已保存的分析：说明所读取的数据行和结果是否与当时一致；如不一致，列出此后新增、删除或改动的行。</translation>
    </message>
    <message>
        <source>The run (R-000001), as `casebench runs` lists it.</source>
        <translation>分析记录编号（如 R-000001），见 `casebench runs`。</translation>
    </message>
    <message>
        <source>rerun: CASE and RUN_ID are required</source>
        <translation>rerun：需要 CASE 和 RUN_ID</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>没有分析记录 %1</translation>
    </message>
    <message>
        <source>The rows %1 read are unchanged (data SHA-256 %2).</source>
        <translation>%1 读取的数据行未变（数据 SHA-256 %2）。</translation>
    </message>
    <message>
        <source>The rows %1 read have changed: %2 added, %3 removed, %4 changed since.</source>
        <translation>%1 读取的数据行已变化：此后新增 %2 行、删除 %3 行、改动 %4 行。</translation>
    </message>
    <message>
        <source>The result is identical.</source>
        <translation>结果相同。</translation>
    </message>
    <message>
        <source>The result differs.</source>
        <translation>结果不同。</translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s) cited)</source>
        <translation>
            <numerusform>（引用 %n 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found; saved as run %1</source>
        <translation>
            <numerusform>找到 %n 条结果；已保存为分析记录 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a fraud pattern over the money or the calls; every row cites its transactions or calls. Saved as a run.
KIND: %1</source>
        <translation>在资金或通话中查找涉案模式；每条结果都引用其依据的交易或通话。结果保存为分析记录。
KIND：%1</translation>
    </message>
    <message>
        <source>The pattern.</source>
        <translation>分析类型。</translation>
    </message>
    <message>
        <source>The time window (24h, 3d; default 24h).</source>
        <translation>时间窗口（如 24h、3d；默认 24h）。</translation>
    </message>
    <message>
        <source>fast-in-fast-out: out/in range (default 0.8-1.2).</source>
        <translation>快进快出：转出/转入比例范围（默认 0.8-1.2）。</translation>
    </message>
    <message>
        <source>Ignore smaller payments.</source>
        <translation>忽略低于此金额的交易。</translation>
    </message>
    <message>
        <source>fan-in, fan-out: at least this many (default 5).</source>
        <translation>资金汇聚/分散：对手方个数下限（默认 5）。</translation>
    </message>
    <message>
        <source>At most this many rows, best first (default 100).</source>
        <translation>最多列出的结果条数，按显著程度排序（默认 100）。</translation>
    </message>
    <message>
        <source>analyze: CASE and KIND are required</source>
        <translation>analyze：需要 CASE 和 KIND</translation>
    </message>
    <message>
        <source>analyze: --window is a duration such as 24h or 3d</source>
        <translation>analyze：--window 应为时长，如 24h 或 3d</translation>
    </message>
    <message>
        <source>analyze: --ratio is LOW-HIGH, such as 0.8-1.2</source>
        <translation>analyze：--ratio 应为 下限-上限，如 0.8-1.2</translation>
    </message>
    <message>
        <source>analyze: --min-amount is an amount such as 1000 or 1000.50</source>
        <translation>analyze：--min-amount 应为金额，如 1000 或 1000.50</translation>
    </message>
    <message>
        <source>Traced %1 paid into %2 back to where it came from (%3)</source>
        <translation>向上溯源转入 %2 的 %1 的来源（%3）</translation>
    </message>
    <message>
        <source>Trace the money paid out of an account (or, up, into it), hop by hop in time order, allocated by a tracing rule; saved as a run.</source>
        <translation>按时间顺序逐层追踪从某账户转出（或向上溯源转入）的资金，按追踪规则分配金额；结果保存为分析记录。</translation>
    </message>
    <message>
        <source>fraud patterns over the money and the calls (analyze --help lists them)</source>
        <translation>资金与通话的涉案模式分析（analyze --help 列出全部类型）</translation>
    </message>
    <message>
        <source>centrality: the calls or the money (default calls).</source>
        <translation>中心性分析：通话图或资金图（默认通话）。</translation>
    </message>
    <message>
        <source>colocation: cells whose sites lie within this many metres count as one place.</source>
        <translation>碰面分析：基站站址相距不超过此米数即视为同一地点。</translation>
    </message>
    <message>
        <source>analyze: --radius is a distance in metres</source>
        <translation>analyze：--radius 应为以米计的距离</translation>
    </message>
    <message>
        <source>exhibits for the evidence packet, numbered E-N</source>
        <translation>证据材料的证据项，编号 E-N</translation>
    </message>
    <message>
        <source>the exhibits, by number</source>
        <translation>按编号列出证据项</translation>
    </message>
    <message>
        <source>table: transactions, calls, messages, contacts or locations.</source>
        <translation>表格：transactions、calls、messages、contacts 或 locations。</translation>
    </message>
    <message>
        <source>table: only records naming this entity (repeatable).</source>
        <translation>表格：只含涉及此对象的记录（可重复）。</translation>
    </message>
    <message>
        <source>table: from this time.</source>
        <translation>表格：自此时间起。</translation>
    </message>
    <message>
        <source>table: up to this time.</source>
        <translation>表格：至此时间止。</translation>
    </message>
    <message>
        <source>table: only records containing this text.</source>
        <translation>表格：只含包含此文字的记录。</translation>
    </message>
    <message>
        <source>The exhibit&apos;s caption.</source>
        <translation>证据项标题。</translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation>分析人员备注。</translation>
    </message>
    <message>
        <source>exhibit add: CASE and KIND are required</source>
        <translation>exhibit add：需要 CASE 和 KIND</translation>
    </message>
    <message>
        <source>exhibit add table: --kind is required</source>
        <translation>exhibit add table：需要 --kind</translation>
    </message>
    <message>
        <source>exhibit add %1: one %2 is required</source>
        <translation>exhibit add %1：需要一个 %2</translation>
    </message>
    <message>
        <source>Remove an exhibit; its number is never given to another.</source>
        <translation>删除证据项；其编号不会再分配给其他证据项。</translation>
    </message>
    <message>
        <source>The exhibit.</source>
        <translation>证据项。</translation>
    </message>
    <message>
        <source>exhibit remove: CASE and E-N are required</source>
        <translation>exhibit remove：需要 CASE 和 E-N</translation>
    </message>
    <message>
        <source>exhibit add CASE KIND ... | exhibit remove CASE E-N</source>
        <translation>exhibit add CASE KIND ... | exhibit remove CASE E-N</translation>
    </message>
    <message>
        <source>exhibit: add or remove</source>
        <translation>exhibit：add 或 remove</translation>
    </message>
    <message>
        <source>The exhibits, by number, with what each shows, its caption and note.</source>
        <translation>按编号列出证据项，包括内容、标题和备注。</translation>
    </message>
    <message>
        <source>exhibits: CASE is required</source>
        <translation>exhibits：需要 CASE</translation>
    </message>
    <message>
        <source>demo: run %1 traces the first victim&apos;s money; exhibits E-1 to E-%2 kept for the packet</source>
        <translation>demo：分析记录 %1 追踪第一名被害人的资金；已为证据材料保存证据项 E-1 至 E-%2</translation>
    </message>
    <message>
        <source>re-hash the preserved sources, check the audit chain; or check an evidence packet</source>
        <translation>重新计算留存源文件的哈希、校验审计链；或校验证据材料</translation>
    </message>
    <message>
        <source>make the signed evidence packet (PDF) of the exhibits</source>
        <translation>生成附签名的证据材料（PDF）</translation>
    </message>
    <message>
        <source>set what the packet&apos;s cover and summary say</source>
        <translation>设置证据材料封面和案情摘要的内容</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key and its fingerprint</source>
        <translation>本机签名密钥及其指纹</translation>
    </message>
    <message>
        <source>Demo City Anti-Fraud Centre</source>
        <translation>演示市反诈中心</translation>
    </message>
    <message>
        <source>RESTRICTED: for the prosecution and the defence only</source>
        <translation>内部材料：仅供检察机关和辩护方使用</translation>
    </message>
    <message>
        <source>The case file, or an evidence packet (PDF).</source>
        <translation>案件文件，或证据材料（PDF）。</translation>
    </message>
    <message>
        <source>For a packet: also check its cited rows, sources and audit head against this case.</source>
        <translation>校验证据材料时：同时对照本案件核对其引用的记录、源文件和审计链头。</translation>
    </message>
    <message>
        <source>verify: --case goes with a packet</source>
        <translation>verify：--case 只能与证据材料一起使用</translation>
    </message>
    <message>
        <source>Make the evidence packet: a signed PDF of the exhibits, each row with its source, hash and locator, with the method, the sources and an embedded manifest.</source>
        <translation>生成证据材料：附签名的 PDF，逐条列明每行记录的来源文件、哈希和位置，附方法说明、源文件清单和内嵌清单文件。</translation>
    </message>
    <message>
        <source>The packet to write.</source>
        <translation>要写入的证据材料文件。</translation>
    </message>
    <message>
        <source>Which exhibits: E-1,E-3 or all (default).</source>
        <translation>包含哪些证据：E-1,E-3 或 all（默认）。</translation>
    </message>
    <message>
        <source>unmarked: mask identifiers and names of entities without a role; none (default).</source>
        <translation>unmarked：对未标注角色的实体的标识和姓名脱敏；none（默认）不脱敏。</translation>
    </message>
    <message>
        <source>en or zh_CN (default: the language this command runs in).</source>
        <translation>en 或 zh_CN（默认：本命令运行时的语言）。</translation>
    </message>
    <message>
        <source>report: CASE and -o PACKET.pdf are required</source>
        <translation>report：必须给出 CASE 和 -o PACKET.pdf</translation>
    </message>
    <message>
        <source>report: --redact is unmarked or none</source>
        <translation>report：--redact 只能是 unmarked 或 none</translation>
    </message>
    <message>
        <source>report: --language is en or zh_CN</source>
        <translation>report：--language 只能是 en 或 zh_CN</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 rows cited, signed by %4 (%5)</source>
        <translation>%1：%2 页，引用 %3 条记录，签名人 %4（%5）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>签名人：%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>OK: packet %1 intact: %2 pages, %3 exhibits, %4 rows cited%5</source>
        <translation>通过：证据材料 %1 完好：%2 页，%3 项证据，引用 %4 条记录%5</translation>
    </message>
    <message>
        <source>; every cited row and source matches the case, whose history still holds the packet&apos;s audit head</source>
        <translation>；所有引用的记录和源文件均与案件一致，案件审计记录仍包含该材料记录的审计链头</translation>
    </message>
    <message>
        <source>Show this installation&apos;s signing key (made on first use): the investigator&apos;s name and the public key&apos;s fingerprint.</source>
        <translation>显示本机的签名密钥（首次使用时生成）：办案人员姓名和公钥指纹。</translation>
    </message>
    <message>
        <source>Set what the evidence packet&apos;s cover and summary say about the case.</source>
        <translation>设置证据材料封面和案情摘要中关于本案的内容。</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>案件名称。</translation>
    </message>
    <message>
        <source>The case number (the Bates prefix is made from it).</source>
        <translation>案件编号（据此生成贝茨编号前缀）。</translation>
    </message>
    <message>
        <source>The agency.</source>
        <translation>办案单位。</translation>
    </message>
    <message>
        <source>The handling line printed on every page.</source>
        <translation>每页印制的密级/使用范围说明。</translation>
    </message>
    <message>
        <source>The narrative, from a UTF-8 text file.</source>
        <translation>从 UTF-8 文本文件读取案情说明。</translation>
    </message>
    <message>
        <source>describe: exactly one CASE is required</source>
        <translation>describe：必须且只能给出一个 CASE</translation>
    </message>
    <message>
        <source>describe: nothing to set</source>
        <translation>describe：没有要设置的内容</translation>
    </message>
    <message>
        <source>Between 1 and 11 March 2024 **eight people** reported that men posing as police had told them to move their savings to a &quot;safe account&quot;. The carriers&apos; call records show three caller lines of one ring calling each victim minutes before the victim&apos;s transfer.

The banks&apos; statements show the money

- passing through mule accounts within hours, and
- leaving as cash at ATMs.

Exhibit E-3 traces the first victim&apos;s money under the *first-in, first-out* rule; E-5 is the seized phone&apos;s chat in which the caller line reports each payment to its handler.</source>
        <translation>2024 年 3 月 1 日至 11 日，**八名群众**报案称，有人冒充公安民警，要求其将存款转入“安全账户”。运营商话单显示，同一团伙的三个主叫号码在每名被害人转账前数分钟均与其通话。

银行流水显示，资金

- 在数小时内经多个“卡农”账户流转；
- 最终在 ATM 取现。

证据 E-3 按*先进先出*规则追踪了第一名被害人的资金去向；证据 E-5 为扣押手机中的聊天记录，主叫号码在其中向上线逐笔报告被害人的转账。</translation>
    </message>
    <message>
        <source>The analyst&apos;s narrative, in Markdown (headings, lists, bold, italic).</source>
        <translation>分析人员撰写的案情说明，使用 Markdown（标题、列表、粗体、斜体）。</translation>
    </message>
    <message>
        <source>seal the case and its sources into one encrypted, signed file</source>
        <translation>将案件及其源文件封装为一个加密并签名的文件</translation>
    </message>
    <message>
        <source>check a bundle and only then write its case</source>
        <translation>先校验封装包，校验通过后再写出案件</translation>
    </message>
    <message>
        <source>%1: the passphrase file is empty</source>
        <translation>%1：口令文件为空</translation>
    </message>
    <message>
        <source>Seal the case, with the original sources it keeps, into one encrypted, signed file for a colleague.</source>
        <translation>将案件连同其留存的原始源文件封装为一个加密并签名的文件，交给同事。</translation>
    </message>
    <message>
        <source>The bundle to write.</source>
        <translation>要写入的封装包。</translation>
    </message>
    <message>
        <source>Encrypt with a key derived (Argon2id) from the first line of this file.</source>
        <translation>用由此文件第一行（经 Argon2id）派生的密钥加密。</translation>
    </message>
    <message>
        <source>Seal to this colleague&apos;s public key (as `casebench key --json` prints it).</source>
        <translation>密封给该同事的公钥（即 `casebench key --json` 输出的公钥）。</translation>
    </message>
    <message>
        <source>bundle: CASE and -o FILE.cbx are required</source>
        <translation>bundle：必须给出 CASE 和 -o FILE.cbx</translation>
    </message>
    <message>
        <source>bundle: give either --passphrase-file or --recipient</source>
        <translation>bundle：--passphrase-file 与 --recipient 二者须且只能给出其一</translation>
    </message>
    <message>
        <source>%1: case %2 with %3 sources, audit head %4, signed by %5 (%6)</source>
        <translation>%1：案件“%2”，含 %3 个源文件，审计链头 %4，签名人 %5（%6）</translation>
    </message>
    <message>
        <source>Open a bundle into a new case file: authenticity, every hash and the case&apos;s verification are checked before anything is written.</source>
        <translation>将封装包打开为新的案件文件：写出任何内容之前，先校验其真实性、全部哈希以及案件完整性。</translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation>封装包。</translation>
    </message>
    <message>
        <source>The passphrase, the first line of this file.</source>
        <translation>口令，即此文件的第一行。</translation>
    </message>
    <message>
        <source>unbundle: FILE.cbx and -o CASE are required</source>
        <translation>unbundle：必须给出 FILE.cbx 和 -o CASE</translation>
    </message>
    <message>
        <source>%1: unpacked and verified; bundled by %2 (%3), audit head %4</source>
        <translation>%1：已解包并校验通过；封装人 %2（%3），审计链头 %4</translation>
    </message>
    <message>
        <source>Signed: %1 audit entries by the key %2</source>
        <translation>签名：%1 条审计记录由密钥 %2 签名</translation>
    </message>
    <message>
        <source>Note: %1 audit entries made before entries were signed carry no signature</source>
        <translation>注意：有 %1 条审计记录产生于启用签名之前，没有签名</translation>
    </message>
    <message>
        <source>The investigator&apos;s name the key carries (set or changed; the key stays the same).</source>
        <translation>密钥所载的办案人员姓名（可设置或修改；密钥本身不变）。</translation>
    </message>
    <message>
        <source>draw every event on one time axis, in lanes by kind or by entity</source>
        <translation>在同一时间轴上绘制全部事件，按类型或按实体分泳道</translation>
    </message>
    <message>
        <source>draw activity by hour and weekday</source>
        <translation>绘制按星期与小时分布的活动热力图</translation>
    </message>
    <message>
        <source>The picture to write: .png, .svg or .pdf.</source>
        <translation>输出的图片：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Start of the period (a date or an ISO 8601 time; default: the first event).</source>
        <translation>时段起点（日期或 ISO 8601 时间；默认：第一个事件）。</translation>
    </message>
    <message>
        <source>End of the period (default: the last event).</source>
        <translation>时段终点（默认：最后一个事件）。</translation>
    </message>
    <message>
        <source>An entity (a phone number, an account...); repeat for more.</source>
        <translation>实体（电话号码、账号等）；可重复指定多个。</translation>
    </message>
    <message>
        <source>Which events: transactions,calls,messages,locations,balances,events,leads (default: all).</source>
        <translation>事件类型：transactions,calls,messages,locations,balances,events,leads（默认：全部）。</translation>
    </message>
    <message>
        <source>The picture&apos;s size in pixels (default 1600x900).</source>
        <translation>图片尺寸（像素，默认 1600x900）。</translation>
    </message>
    <message>
        <source>CASE and -o FILE are required</source>
        <translation>必须指定 CASE 和 -o FILE</translation>
    </message>
    <message>
        <source>the picture must be a .png, .svg or .pdf file</source>
        <translation>图片必须是 .png、.svg 或 .pdf 文件</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT, from 400x300 to 10000x10000</source>
        <translation>--size 格式为 宽x高，范围 400x300 至 10000x10000</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (transactions, calls, messages, locations, balances, events, leads)</source>
        <translation>未知类型“%1”（transactions、calls、messages、locations、balances、events、leads）</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date or an ISO 8601 time</source>
        <translation>--%1：“%2”不是日期或 ISO 8601 时间</translation>
    </message>
    <message>
        <source>Draw the timeline: every event on one time axis, in lanes by kind or by entity, with the density of the period above, in the case&apos;s zone (named on the picture).</source>
        <translation>绘制时间轴：全部事件置于同一时间轴，按类型或按实体分泳道，上方为该时段的事件密度，时间按案件时区显示（图中注明时区）。</translation>
    </message>
    <message>
        <source>kind (default) or entity.</source>
        <translation>kind（默认，按类型）或 entity（按实体）。</translation>
    </message>
    <message>
        <source>The zone to draw the axis in (default: the case&apos;s).</source>
        <translation>时间轴所用时区（默认：案件时区）。</translation>
    </message>
    <message>
        <source>Keep this view in the case under a name.</source>
        <translation>将此视图以指定名称保存在案件中。</translation>
    </message>
    <message>
        <source>Start from a saved view (the other options change it).</source>
        <translation>从已保存的视图开始（其他选项可覆盖）。</translation>
    </message>
    <message>
        <source>Draw the density on a log scale.</source>
        <translation>事件密度采用对数刻度。</translation>
    </message>
    <message>
        <source>--lanes is kind or entity</source>
        <translation>--lanes 须为 kind 或 entity</translation>
    </message>
    <message>
        <source>%1: %2 events from %3 to %4 (%5), %6 lanes</source>
        <translation>%1：%3 至 %4（%5）共 %2 个事件，%6 条泳道</translation>
    </message>
    <message>
        <source>Draw activity by hour and weekday, in a zone or in each event&apos;s own recorded offset (--timezone source).</source>
        <translation>绘制按星期与小时分布的活动热力图，可按指定时区或按各事件自身记录的时差（--timezone source）。</translation>
    </message>
    <message>
        <source>The zone to count hours in (default: the case&apos;s), or source: each event&apos;s own offset.</source>
        <translation>计算小时所用时区（默认：案件时区），或 source：各事件自身的时差。</translation>
    </message>
    <message>
        <source>%1: %2 events by hour and weekday (%3)</source>
        <translation>%1：按星期与小时统计 %2 个事件（%3）</translation>
    </message>
    <message>
        <source>table, record, thread, run, lead or timeline.</source>
        <translation>table、record、thread、run、lead 或 timeline。</translation>
    </message>
    <message>
        <source>Only events a subject, victim, witness or associate takes part in (repeatable).</source>
        <translation>仅显示嫌疑对象、受害人、证人或关联人参与的事件（可重复）。</translation>
    </message>
    <message>
        <source>Only records with this tag (repeatable).</source>
        <translation>仅显示带此标签的记录（可重复）。</translation>
    </message>
    <message>
        <source>Only events whose description, number, message or place contains this text.</source>
        <translation>仅显示摘要、号码、消息或地点中包含此文字的事件。</translation>
    </message>
    <message>
        <source>Only events from this source: its file name or the start of its SHA-256 (repeatable).</source>
        <translation>仅显示来自此来源的事件：文件名或 SHA-256 的开头部分（可重复）。</translation>
    </message>
    <message>
        <source>--role is subject, victim, witness or associate, not &quot;%1&quot;</source>
        <translation>--role 须为 subject、victim、witness 或 associate，而不是“%1”</translation>
    </message>
    <message>
        <source>no source is &quot;%1&quot; (a file name, or the start of a SHA-256)</source>
        <translation>没有来源为“%1”（应为文件名或 SHA-256 的开头部分）</translation>
    </message>
    <message>
        <source>Only money moved and balances stated of at least this amount (other kinds are hidden).</source>
        <translation>仅显示金额不低于此数的资金往来和余额记录（其他类型不显示）。</translation>
    </message>
    <message>
        <source>Only money moved and balances stated of at most this amount.</source>
        <translation>仅显示金额不高于此数的资金往来和余额记录。</translation>
    </message>
    <message>
        <source>The currency of the amounts (default: the case&apos;s most used).</source>
        <translation>金额的币种（默认：案件中最常用的币种）。</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>--currency：“%1”不是 ISO 4217 币种代码</translation>
    </message>
    <message>
        <source>--%1 is an amount such as 1000 or 1000.50</source>
        <translation>--%1 须为金额，如 1000 或 1000.50</translation>
    </message>
    <message>
        <source>draw the link chart: who called and paid whom, laid out by Graphviz</source>
        <translation>绘制关系图：谁给谁打电话、谁给谁转账，由 Graphviz 布局</translation>
    </message>
    <message>
        <source>Add an exhibit: table --kind K [--entity X]... [--from T] [--to T] [--text T] | record UUID | thread MESSAGE_UUID | run RUN_ID | lead CODE | timeline VIEW | chart NAME; each with [--caption T] [--note T]. Prints its number, E-N.</source>
        <translation>添加证据：table --kind K [--entity X]... [--from T] [--to T] [--text T] | record UUID | thread MESSAGE_UUID | run RUN_ID | lead CODE | timeline VIEW | chart NAME；均可带 [--caption T] [--note T]。输出证据编号 E-N。</translation>
    </message>
    <message>
        <source>The file to write: .svg, .pdf, .png, .graphml, .gexf or .dot.</source>
        <translation>要写入的文件：.svg、.pdf、.png、.graphml、.gexf 或 .dot。</translation>
    </message>
    <message>
        <source>Start from this entity (a phone number, an account...); repeat for more. Default: the subjects and victims, else the seized devices&apos; owners.</source>
        <translation>从此实体（电话号码、账户……）开始；可重复。默认：嫌疑人和被害人，否则为扣押设备的机主。</translation>
    </message>
    <message>
        <source>Every entity with a link (large charts).</source>
        <translation>所有有关联的实体（大型关系图）。</translation>
    </message>
    <message>
        <source>How many steps out from the starting entities (default 1).</source>
        <translation>从起始实体向外扩展的层数（默认 1）。</translation>
    </message>
    <message>
        <source>Which links: calls,money,messages,links (default: all).</source>
        <translation>显示哪些关联：calls,money,messages,links（默认：全部）。</translation>
    </message>
    <message>
        <source>Hide links of fewer events.</source>
        <translation>隐藏事件数少于此值的关联。</translation>
    </message>
    <message>
        <source>Hide money links moving less.</source>
        <translation>隐藏金额少于此值的资金关联。</translation>
    </message>
    <message>
        <source>The currency of --min-amount (default: the case&apos;s most used).</source>
        <translation>--min-amount 的币种（默认：案件中最常用的币种）。</translation>
    </message>
    <message>
        <source>New partners drawn per entity; the rest behind a &quot;+N more&quot; node (default 20).</source>
        <translation>每个实体绘制的新对端数；其余归入“+N 个”节点（默认 20）。</translation>
    </message>
    <message>
        <source>Only events from this time on (a date or an ISO 8601 time).</source>
        <translation>仅此时间之后的事件（日期或 ISO 8601 时间）。</translation>
    </message>
    <message>
        <source>Only events before this time.</source>
        <translation>仅此时间之前的事件。</translation>
    </message>
    <message>
        <source>sfdp (default), neato, dot (money left to right), circo or twopi.</source>
        <translation>sfdp（默认）、neato、dot（资金从左到右）、circo 或 twopi。</translation>
    </message>
    <message>
        <source>Keep the chart in the case under a name, with its positions.</source>
        <translation>将关系图（含节点位置）以此名称保存在案件中。</translation>
    </message>
    <message>
        <source>Draw a saved chart (the other options change it).</source>
        <translation>绘制已保存的关系图（其他选项可修改它）。</translation>
    </message>
    <message>
        <source>A picture&apos;s size in pixels (default 1600x1000).</source>
        <translation>图片尺寸，单位像素（默认 1600x1000）。</translation>
    </message>
    <message>
        <source>--hops is a number from 0 to 6</source>
        <translation>--hops 为 0 到 6 之间的数字</translation>
    </message>
    <message>
        <source>--min-count is a number of at least 1</source>
        <translation>--min-count 为不小于 1 的数字</translation>
    </message>
    <message>
        <source>--max-links-per-node is a number from 1 to 100000</source>
        <translation>--max-links-per-node 为 1 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (calls, money, messages, links)</source>
        <translation>未知类型“%1”（calls、money、messages、links）</translation>
    </message>
    <message>
        <source>--layout is sfdp, neato, dot, circo or twopi</source>
        <translation>--layout 为 sfdp、neato、dot、circo 或 twopi</translation>
    </message>
    <message>
        <source>--min-amount is an amount such as 1000 or 1000.50</source>
        <translation>--min-amount 为金额，如 1000 或 1000.50</translation>
    </message>
    <message>
        <source>Draw the link chart: the entities and the calls, money and messages between them, aggregated per pair, laid out by Graphviz.</source>
        <translation>绘制关系图：实体及其之间的通话、资金和消息，按每对实体汇总，由 Graphviz 布局。</translation>
    </message>
    <message>
        <source>the file must be .svg, .pdf, .png, .graphml, .gexf or .dot</source>
        <translation>文件必须是 .svg、.pdf、.png、.graphml、.gexf 或 .dot</translation>
    </message>
    <message>
        <source>%1: %2 entities, %3 links (layout %4)</source>
        <translation>%1：%2 个实体，%3 条关联（布局 %4）</translation>
    </message>
    <message>
        <source>merges, owner marks and asserted links, undone ones included</source>
        <translation>合并、机主标记和研判关系（含已撤销的）</translation>
    </message>
    <message>
        <source>assert a link between two entities, with its status</source>
        <translation>在两个实体之间添加研判关系及其状态</translation>
    </message>
    <message>
        <source>change an asserted link&apos;s status</source>
        <translation>更改研判关系的状态</translation>
    </message>
    <message>
        <source>List merges, owner marks and asserted links, undone ones included.</source>
        <translation>列出合并、机主标记和研判关系（含已撤销的）。</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Draw nodes larger by degree, betweenness, closeness or eigenvector, and rank them (JSON).</source>
        <translation>按度、中介中心性、接近中心性或特征向量中心性放大节点并排序（JSON）。</translation>
    </message>
    <message>
        <source>--size-by is degree, betweenness, closeness or eigenvector</source>
        <translation>--size-by 为 degree、betweenness、closeness 或 eigenvector</translation>
    </message>
    <message>
        <source>Assert a link between two entities: FROM owns, uses, is a member of or an alias of TO. It is drawn on the link chart with its status.</source>
        <translation>在两个实体之间添加研判关系：FROM 拥有、使用、隶属于 TO，或是 TO 的别名。关系图上按其状态绘制。</translation>
    </message>
    <message>
        <source>An entity (a phone number, an account, #id...).</source>
        <translation>一个实体（电话号码、账户、#id……）。</translation>
    </message>
    <message>
        <source>The other entity.</source>
        <translation>另一个实体。</translation>
    </message>
    <message>
        <source>owns, uses, member_of or alias_of.</source>
        <translation>owns（拥有）、uses（使用）、member_of（隶属）或 alias_of（别名）。</translation>
    </message>
    <message>
        <source>alleged (default), corroborated or refuted.</source>
        <translation>alleged（待核实，默认）、corroborated（已印证）或 refuted（已否定）。</translation>
    </message>
    <message>
        <source>What it rests on: sources, statements, exhibits.</source>
        <translation>依据：来源文件、笔录、证据。</translation>
    </message>
    <message>
        <source>Why (recorded with the link and in the audit log; required).</source>
        <translation>理由（与关系一并记录并写入审计日志；必填）。</translation>
    </message>
    <message>
        <source>link: CASE, FROM, TO and --kind are required</source>
        <translation>link：必须提供 CASE、FROM、TO 和 --kind</translation>
    </message>
    <message>
        <source>link %1 asserted (%2)</source>
        <translation>已添加研判关系 %1（%2）</translation>
    </message>
    <message>
        <source>Change an asserted link&apos;s status; the earlier ones stay in its history.</source>
        <translation>更改研判关系的状态；此前的状态保留在其历史中。</translation>
    </message>
    <message>
        <source>alleged, corroborated or refuted.</source>
        <translation>alleged（待核实）、corroborated（已印证）或 refuted（已否定）。</translation>
    </message>
    <message>
        <source>Why (recorded with the status and in the audit log; required).</source>
        <translation>理由（与状态一并记录并写入审计日志；必填）。</translation>
    </message>
    <message>
        <source>link-status: CASE, a LINK number and a STATUS are required</source>
        <translation>link-status：必须提供 CASE、关系编号 LINK 和状态 STATUS</translation>
    </message>
    <message>
        <source>link %1 is now %2</source>
        <translation>关系 %1 现为 %2</translation>
    </message>
    <message>
        <source>%1: cannot write the profile: %2</source>
        <translation>%1：无法写入映射模板：%2</translation>
    </message>
    <message>
        <source>%1: the mapping inferred for %2 was saved; name it with --profile %1 next time</source>
        <translation>%1：已保存为 %2 推断的映射；下次用 --profile %1 指定</translation>
    </message>
    <message>
        <source>%1: no file needed an inferred mapping, so no profile was written</source>
        <translation>%1：没有文件需要自动推断的映射，未写入模板</translation>
    </message>
    <message>
        <source>When no profile knew a file&apos;s layout and its columns were mapped from their header words and content, save that mapping as a profile file.</source>
        <translation>当没有模板识别文件格式、各列是根据表头词语和内容自动映射时，将该映射保存为模板文件。</translation>
    </message>
    <message>
        <source>%1: the best guess for %2 (not sure enough to import) was saved: correct it and name it with --profile %1</source>
        <translation>%1：已保存 %2 的最佳推测映射（置信度不足，未导入）：请修正后用 --profile %1 指定</translation>
    </message>
    <message>
        <source>down: where the money paid out went; up: where the money paid in came from.</source>
        <translation>down：追踪转出资金的去向；up：追踪转入资金的来源。</translation>
    </message>
    <message>
        <source>An account or number to compare (common-*, top-contacts, path); for unrequested-accounts, an account whose money is traced.</source>
        <translation>要比对的账户或号码（common-*、top-contacts、path）；用于 unrequested-accounts 时，为追踪其资金去向的账户（受害人账户）。</translation>
    </message>
    <message>
        <source>numbers and accounts, messages, contacts, artifacts, notes and transactions, with provenance</source>
        <translation>号码和账户、短信、联系人、手机痕迹、备注和交易，附来源出处</translation>
    </message>
    <message>
        <source>bring a colleague&apos;s copy of the case in (three-way; conflicts kept)</source>
        <translation>并入同事的案件副本（三方合并；保留冲突）</translation>
    </message>
    <message>
        <source>what merged copies changed differently, both versions</source>
        <translation>合并副本时双方改动不一致之处，两个版本并列</translation>
    </message>
    <message>
        <source>settle a conflict of merged copies</source>
        <translation>处理合并副本产生的冲突</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Would merge %1 (dry run: nothing written)</source>
        <translation>将合并 %1（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>已合并 %1</translation>
    </message>
    <message>
        <source>  common history: %1 entries; their entries since the last agreement: %2</source>
        <translation>  共同历史：%1 条记录；对方自上次同步以来的记录：%2 条</translation>
    </message>
    <message>
        <source>  came in: %1</source>
        <translation>  并入：%1</translation>
    </message>
    <message>
        <source>  taken from theirs: %1</source>
        <translation>  采用对方版本：%1</translation>
    </message>
    <message>
        <source>  deleted as theirs deleted: %1</source>
        <translation>  随对方删除：%1</translation>
    </message>
    <message>
        <source>  files both copies imported (counted once): %1</source>
        <translation>  双方都导入的文件（只计一次）：%1</translation>
    </message>
    <message>
        <source>  renumbered %1 %2 → %3 (both copies had given it)</source>
        <translation>  重新编号 %1 %2 → %3（双方副本都用了该编号）</translation>
    </message>
    <message>
        <source>  not merged: %1 (what it refers to is not in this case)</source>
        <translation>  未合并：%1（其引用的对象不在本案件中）</translation>
    </message>
    <message>
        <source>  conflict %1: %2 %3: %4</source>
        <translation>  冲突 %1：%2 %3：%4</translation>
    </message>
    <message>
        <source>  nothing to merge: this case already holds everything of that copy</source>
        <translation>  无需合并：本案件已包含该副本的全部内容</translation>
    </message>
    <message numerus="yes">
        <source>  %n open conflict(s): `casebench conflicts` lists them, `casebench resolve` settles one</source>
        <translation>
            <numerusform>  %n 个未处理冲突：用 `casebench conflicts` 列出，用 `casebench resolve` 逐个处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring a colleague&apos;s copy of this case in: their sources (each file once), records, notes, tags, roles, leads, events, exhibits, merges and runs. What both copies changed differently is kept as a conflict.</source>
        <translation>并入同事的本案副本：其来源文件（每个文件只计一次）、记录、备注、标签、角色、线索、事件、证据、实体合并和分析记录。双方改动不一致之处作为冲突保留。</translation>
    </message>
    <message>
        <source>This case (written to).</source>
        <translation>本案件（将被写入）。</translation>
    </message>
    <message>
        <source>The colleague&apos;s copy (only read).</source>
        <translation>同事的副本（只读取）。</translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation>只报告将发生的变化，不写入。</translation>
    </message>
    <message>
        <source>OTHER is a different case: add everything it holds, compare nothing.</source>
        <translation>OTHER 是另一个案件：并入其全部内容，不作比对。</translation>
    </message>
    <message>
        <source>merge-copy: CASE and OTHER are required</source>
        <translation>merge-copy：必须给出 CASE 和 OTHER</translation>
    </message>
    <message>
        <source>What merges of copies found changed differently in both, with both versions.</source>
        <translation>合并副本时发现双方改动不一致的对象，两个版本并列。</translation>
    </message>
    <message>
        <source>Only the conflicts not yet resolved.</source>
        <translation>只列出尚未处理的冲突。</translation>
    </message>
    <message>
        <source>conflicts: CASE is required</source>
        <translation>conflicts：必须给出 CASE</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>    from %1, %2; %3</source>
        <translation>    来自 %1，%2；%3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>took %1 (%2, %3)</source>
        <translation>已采用 %1（%2，%3）</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    本副本：%1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    对方：  %1</translation>
    </message>
    <message>
        <source>Settle a conflict of merged copies: keep this copy&apos;s version, or take theirs. Audited.</source>
        <translation>处理合并副本产生的冲突：保留本副本的版本或采用对方版本。记入审计日志。</translation>
    </message>
    <message>
        <source>Its code (C-000001).</source>
        <translation>冲突编号（C-000001）。</translation>
    </message>
    <message>
        <source>mine or theirs.</source>
        <translation>mine（本副本）或 theirs（对方）。</translation>
    </message>
    <message>
        <source>resolve: CASE, CONFLICT and --take mine|theirs are required</source>
        <translation>resolve：必须给出 CASE、CONFLICT 和 --take mine|theirs</translation>
    </message>
    <message>
        <source>%1: took %2.</source>
        <translation>%1：已采用 %2。</translation>
    </message>
    <message>
        <source>source files</source>
        <translation>个来源文件</translation>
    </message>
    <message>
        <source>records</source>
        <translation>条记录</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>个实体</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>个标识号</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>项案件信息</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>个角色</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>条备注</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>个标签</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>条线索</translation>
    </message>
    <message>
        <source>lead status changes</source>
        <translation>次线索状态变更</translation>
    </message>
    <message>
        <source>lead entities</source>
        <translation>个线索关联实体</translation>
    </message>
    <message>
        <source>analyst events</source>
        <translation>条分析员录入事件</translation>
    </message>
    <message>
        <source>event entities</source>
        <translation>个事件关联实体</translation>
    </message>
    <message>
        <source>exhibits</source>
        <translation>件证据</translation>
    </message>
    <message>
        <source>merges and links</source>
        <translation>条实体合并与关系</translation>
    </message>
    <message>
        <source>links imports made</source>
        <translation>条导入生成的关系</translation>
    </message>
    <message>
        <source>link status changes</source>
        <translation>次关系状态变更</translation>
    </message>
    <message>
        <source>analysis runs</source>
        <translation>条分析记录</translation>
    </message>
    <message>
        <source>%1: the case is open for writing in another Casebench (process %2 on %3). Close it there, then try again; if that process has gone from another computer, remove %4.</source>
        <translation>%1：该案件正在另一个 Casebench 中以写入方式打开（%3 上的进程 %2）。请先在那里关闭后重试；如果那台计算机上的进程已不存在，请删除 %4。</translation>
    </message>
    <message>
        <source>%1: written, but not entered in the case&apos;s audit log: another Casebench has the case open for writing</source>
        <translation>%1：文件已写出，但未记入案件审计日志：另一个 Casebench 正在以写入方式打开该案件</translation>
    </message>
    <message>
        <source>The file&apos;s label in the exhibit register (kept in its certificate and cited in the packet).</source>
        <translation>该文件在物证登记中的编号（记入导入证明，并在证据包中引用）。</translation>
    </message>
    <message>
        <source>%1: another Casebench has the case open for writing: the analysis is shown here but not saved as a run</source>
        <translation>%1：另一个 Casebench 正以写入方式打开此案件：分析结果在此显示，但不保存为分析记录</translation>
    </message>
    <message>
        <source>Not saved: another Casebench has the case open for writing.</source>
        <translation>未保存：另一个 Casebench 正以写入方式打开此案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found; not saved: another Casebench has the case open for writing</source>
        <translation>
            <numerusform>找到 %n 行；未保存：另一个 Casebench 正以写入方式打开此案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::app::MainWindow</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
    <message>
        <source>About Casebench</source>
        <translation>关于 Casebench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Casebench</source>
        <translation>关于 Casebench(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Cell sites</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Casebench — %1 (%2)</source>
        <translation>Casebench —— %1（%2）</translation>
    </message>
    <message>
        <source>%1 sources, %2 transactions, %3 calls, %4 entities; times shown in %5</source>
        <translation>%1 个源文件，%2 笔交易，%3 条通话，%4 个实体；时间按 %5 显示</translation>
    </message>
    <message>
        <source>Casebench</source>
        <translation>Casebench</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation>请打开或新建一个案件。</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>%1: imported, %2 rows accepted, %3 rejected</source>
        <translation>%1：已导入，接收 %2 行，拒收 %3 行</translation>
    </message>
    <message>
        <source>%1: already in the case (same SHA-256)</source>
        <translation>%1：案件中已有此文件（SHA-256 相同）</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未导入任何内容</translation>
    </message>
    <message>
        <source>%1: rejected, nothing imported</source>
        <translation>%1：已拒收，未导入任何内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 does not say whose call records these are.
Target phone number:</source>
        <translation>%1 未注明属于哪个号码的话单。
目标号码：</translation>
    </message>
    <message>
        <source>%1 does not state its currency.
Currency:</source>
        <translation>%1 未注明币种。
币种：</translation>
    </message>
    <message>
        <source>%1 (+%2 duplicates)</source>
        <translation>%1（另有 %2 条重复）</translation>
    </message>
    <message>
        <source>%1: skipped, no importer recognises it</source>
        <translation>%1：已跳过，没有导入器能识别</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>%1 is encrypted.
Password (used to open it, never stored in the case):</source>
        <translation>%1 已加密。
密码（仅用于打开文件，不会保存在案件中）：</translation>
    </message>
    <message>
        <source>The password given does not open %1.
Password:</source>
        <translation>所给密码无法打开 %1。
密码：</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>账户余额记录</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Phone artifacts</source>
        <translation>手机痕迹</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note (kept with the record, audited):</source>
        <translation>备注（随记录保存，记入审计日志）：</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Why is this entity a %1? (recorded with the role, audited)</source>
        <translation>为何认定其为%1？（与角色一并记录，记入审计日志）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebench %1&lt;/h3&gt;&lt;p&gt;Investigation workbench: every fact is traceable to its source file and row.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebench %1&lt;/h3&gt;&lt;p&gt;侦查分析工作台：每一条事实都可追溯到其来源文件和行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;所用组件：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Add an &amp;event no source holds…</source>
        <translation>添加来源文件中没有的事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Register a lead</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>What does the lead say?</source>
        <translation>线索内容是什么？</translation>
    </message>
    <message>
        <source>informant report</source>
        <translation>线人举报</translation>
    </message>
    <message>
        <source>bank alert</source>
        <translation>银行预警</translation>
    </message>
    <message>
        <source>platform warning</source>
        <translation>平台预警</translation>
    </message>
    <message>
        <source>victim report</source>
        <translation>受害人报案</translation>
    </message>
    <message>
        <source>carrier report</source>
        <translation>运营商通报</translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation>线索来源？</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>变更线索状态</translation>
    </message>
    <message>
        <source>%1 becomes %2. Note (kept in its history):</source>
        <translation>%1 变更为 %2。说明（记入状态记录）：</translation>
    </message>
    <message>
        <source>Add an event no source holds</source>
        <translation>添加来源文件中没有的事件</translation>
    </message>
    <message>
        <source>victim statement, interview, report…</source>
        <translation>受害人笔录、询问、报告…</translation>
    </message>
    <message>
        <source>When (%1):</source>
        <translation>时间（%1）：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>On what basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Choose a record table (Transactions, Calls…) to export.</source>
        <translation>请先选择要导出的记录表（交易、通话……）。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (SHA-256 %3)</source>
        <translation>已导出 %1 行至 %2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>Mark the device&apos;s owner</source>
        <translation>标记设备机主</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Why is this the owner&apos;s line? (recorded in the audit log)</source>
        <translation>为何认定其为机主号码？（记入审计日志）</translation>
    </message>
    <message>
        <source>Why are they one person? (recorded in the audit log)</source>
        <translation>为何认定为同一人？（记入审计日志）</translation>
    </message>
    <message>
        <source>Confidence (%):</source>
        <translation>置信度（%）：</translation>
    </message>
    <message>
        <source>Fund tracing</source>
        <translation>资金追踪</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>模式分析</translation>
    </message>
    <message>
        <source>Bookmark as exhibit</source>
        <translation>标记为证据项</translation>
    </message>
    <message>
        <source>Caption of the exhibit for run %1:</source>
        <translation>分析记录 %1 的证据项标题：</translation>
    </message>
    <message>
        <source>Export E&amp;vidence Packet…</source>
        <translation>导出证据材料(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>This case fails verification: %n problem(s). Its facts may not be what was imported. The first: %1 (casebench verify CASE lists them all)</source>
        <translation>
            <numerusform>本案件未通过完整性校验：发现 %n 处问题。其中的数据可能已不是导入时的原样。第一处：%1（执行 casebench verify CASE 可列出全部问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebench cases and bundles (*.casebench *.cbx);;All files (*)</source>
        <translation>Casebench 案件和封装包 (*.casebench *.cbx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>打开封装包</translation>
    </message>
    <message>
        <source>Passphrase (leave empty for a bundle sealed to your key):</source>
        <translation>口令（密封给本人密钥的封装包请留空）：</translation>
    </message>
    <message>
        <source>Unpack the Bundle into</source>
        <translation>将封装包解包到</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench)</source>
        <translation>Casebench 案件 (*.casebench)</translation>
    </message>
    <message>
        <source>Checking and unpacking %1…</source>
        <translation>正在校验并解包 %1…</translation>
    </message>
    <message>
        <source>Unpacked and verified; bundled by %1 (%2)</source>
        <translation>已解包并校验通过；封装人 %1（%2）</translation>
    </message>
    <message>
        <source>Case &amp;Details…</source>
        <translation>案件信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Link Chart</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>asserted on the link chart</source>
        <translation>在关系图上研判添加</translation>
    </message>
    <message>
        <source>Assert a link</source>
        <translation>添加研判关系</translation>
    </message>
    <message>
        <source>Why (what it rests on: a statement, a source, an exhibit)?</source>
        <translation>理由（依据：笔录、来源文件或证据）？</translation>
    </message>
    <message>
        <source>status set on the link chart</source>
        <translation>在关系图上设置状态</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>关系状态</translation>
    </message>
    <message>
        <source>Why is the link now %1?</source>
        <translation>为何将该关系改为 %1？</translation>
    </message>
    <message>
        <source>%1: the case file could not be written out (is the disk full?): until it is, the import is only in %2-wal, which must stay beside the case</source>
        <translation>%1：无法写入案件文件（磁盘已满？）：在写入之前，导入的数据只保存在 %2-wal 中，该文件必须与案件文件放在一起</translation>
    </message>
    <message>
        <source>%1 does not say whose account it is.
Account or card number (Cancel: import onto a placeholder account to merge later):</source>
        <translation>%1 未说明是谁的账户。
账号或卡号（取消：导入到占位账户，以后再合并）：</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>无法保存映射：%1</translation>
    </message>
    <message>
        <source>&amp;Export Table (CSV, Excel)…</source>
        <translation>导出表格（CSV、Excel）(&amp;E)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Search the case (Ctrl+Shift+F)</source>
        <translation>全案搜索 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>A number or an account in any written form, a name, or words of a message, a note or a transaction</source>
        <translation>任意写法的号码或账号、姓名，或短信、备注、交易中的文字</translation>
    </message>
    <message>
        <source>&amp;Merge a Colleague&apos;s Copy…</source>
        <translation>合并同事的副本(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge &amp;Conflicts…</source>
        <translation>合并冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Merge a Colleague&apos;s Copy</source>
        <translation>合并同事的副本</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench);;All files (*)</source>
        <translation>Casebench 案件 (*.casebench);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %n selected row(s), or all %1 rows shown?</source>
        <translation>
            <numerusform>只导出选中的 %n 行，还是导出显示的全部 %1 行？</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected Rows</source>
        <translation>选中的行</translation>
    </message>
    <message>
        <source>All Rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Casebench — %1 (%2) [read-only]</source>
        <translation>Casebench — %1（%2）[只读]</translation>
    </message>
    <message>
        <source>Open the Demo Case</source>
        <translation>打开演示案件</translation>
    </message>
    <message>
        <source>Building the demo case (a minute at most)…</source>
        <translation>正在生成演示案件（最多约一分钟）……</translation>
    </message>
    <message>
        <source>The demo case could not be built:
%1</source>
        <translation>无法生成演示案件：
%1</translation>
    </message>
    <message>
        <source>Not done: this case is open read-only, because another Casebench has it open for writing.</source>
        <translation>未执行：该案件以只读方式打开，因为另一个 Casebench 正在写入它。</translation>
    </message>
    <message>
        <source>Not entered in the case&apos;s audit log: the case is open read-only here.</source>
        <translation>未记入案件审计日志：本案件在此处以只读方式打开。</translation>
    </message>
    <message>
        <source>Opening the case (one from an earlier Casebench is upgraded first)…</source>
        <translation>正在打开案件（旧版 Casebench 的案件会先升级）……</translation>
    </message>
    <message>
        <source>the building process stopped unexpectedly</source>
        <translation>生成进程意外终止</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The language changes when the import has finished.</source>
        <translation>导入完成后将切换界面语言。</translation>
    </message>
    <message>
        <source>Read-only: another Casebench (process %1 on %2) has this case open for writing. You can read, search, analyse and export here; imports and edits are off, and analyses are not saved. Close the case there, then open it again here to work in it. If that Casebench has gone on another computer, remove %3.</source>
        <translation>只读：另一个 Casebench（%2 上的进程 %1）正在以写入方式打开本案件。此处可以查看、检索、分析和导出；导入和编辑已停用，分析结果不会保存。请先在那里关闭案件，再在此处重新打开以进行办案操作。如果那台计算机上的 Casebench 已不存在，请删除 %3。</translation>
    </message>
    <message>
        <source>The language changes when the work in progress has finished.</source>
        <translation>正在进行的工作完成后将切换语言。</translation>
    </message>
</context>
<context>
    <name>cb::casefile::CaseSession</name>
    <message>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Mark the device&apos;s owner</source>
        <translation>标记设备机主</translation>
    </message>
    <message>
        <source>Undo a merge or owner mark</source>
        <translation>撤销合并或机主标记</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>Change lead status</source>
        <translation>变更线索状态</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation>添加证据项</translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation>删除证据项</translation>
    </message>
    <message>
        <source>Change case details</source>
        <translation>修改案件信息</translation>
    </message>
    <message>
        <source>Save timeline view</source>
        <translation>保存时间轴视图</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存关系图</translation>
    </message>
    <message>
        <source>Assert a link</source>
        <translation>添加研判关系</translation>
    </message>
    <message>
        <source>Set a link&apos;s status</source>
        <translation>设置关系状态</translation>
    </message>
</context>
<context>
    <name>cb::casefile::RecordQuery</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>本机号码</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>基站</translation>
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
        <translation>应用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>号码或账号</translation>
    </message>
    <message>
        <source>In the address book of</source>
        <translation>所属通讯录</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>所属对象</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation>精度（米）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>日终时点</translation>
    </message>
    <message>
        <source>Value-dated balance</source>
        <translation>按起息日余额</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>cb::casefile::SourceModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>导入时间（UTC）</translation>
    </message>
</context>
<context>
    <name>cb::importers</name>
    <message>
        <source>Delimited text (CSV, TSV) with mapping profiles</source>
        <translation>分隔符文本（CSV、TSV），按映射模板解析</translation>
    </message>
    <message>
        <source>SWIFT MT940/MT942 bank statements</source>
        <translation>SWIFT MT940/MT942 银行对账单</translation>
    </message>
    <message>
        <source>Quicken Interchange Format (QIF)</source>
        <translation>Quicken 交换格式（QIF）</translation>
    </message>
    <message>
        <source>OFX / QFX bank and credit-card statements</source>
        <translation>OFX / QFX 银行及信用卡对账单</translation>
    </message>
    <message>
        <source>ISO 20022 camt.052/053/054 statements</source>
        <translation>ISO 20022 camt.052/053/054 对账单</translation>
    </message>
    <message>
        <source>Excel workbooks (.xls, .xlsx) with mapping profiles</source>
        <translation>Excel 工作簿（.xls、.xlsx），按映射模板解析</translation>
    </message>
    <message>
        <source>PDF statements with a text layer (column-aligned tables)</source>
        <translation>带文字层的 PDF 对账单（按列对齐的表格）</translation>
    </message>
    <message>
        <source>Android backup-app XML (SMS Backup &amp; Restore, Super Backup): calls, SMS, MMS</source>
        <translation>安卓备份应用 XML（SMS Backup &amp; Restore、Super Backup）：通话、短信、彩信</translation>
    </message>
    <message>
        <source>Phone databases: Android and iOS call logs, messages, contacts, WhatsApp</source>
        <translation>手机数据库：安卓和 iOS 的通话记录、消息、联系人、WhatsApp</translation>
    </message>
    <message>
        <source>Cellebrite UFDR and UFED XML reports (calls, messages, chats, contacts, locations)</source>
        <translation>Cellebrite UFDR 和 UFED XML 报告（通话、消息、聊天、联系人、位置）</translation>
    </message>
    <message>
        <source>CASE/UCO JSON-LD: calls, messages, contacts, cell sites, device and SIM</source>
        <translation>CASE/UCO JSON-LD：通话、消息、联系人、基站、设备和 SIM 卡</translation>
    </message>
    <message>
        <source>ALEAPP / iLEAPP reports: TSV exports and result JSON (calls, messages, contacts)</source>
        <translation>ALEAPP / iLEAPP 报告：TSV 导出和结果 JSON（通话、消息、联系人）</translation>
    </message>
</context>
<context>
    <name>cb::reports::Certificate</name>
    <message>
        <source>Import certificate: %1</source>
        <translation>导入证明：%1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Format / profile</source>
        <translation>格式 / 模板</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>导入器</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation>源文件时区</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation>接收行数</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>拒收行数</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>跳过行数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Control totals</source>
        <translation>控制总数</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>贷方（收入）</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>借方（支出）</translation>
    </message>
    <message>
        <source>Account %1: opening %2 %3, closing %4 %3; running balance: %5</source>
        <translation>账号 %1：期初 %2 %3，期末 %4 %3；余额连续性：%5</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n 处断点</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics (%1)</source>
        <translation>诊断信息（%1）</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>（无法识别）</translation>
    </message>
    <message>
        <source>adds up</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>DOES NOT ADD UP</source>
        <translation>不相符</translation>
    </message>
    <message>
        <source>cannot be checked</source>
        <translation>无法核对</translation>
    </message>
    <message>
        <source>Statement %1 (%2): opening %3 + %4 movements %5 = closing %6 %7: %8</source>
        <translation>对账单 %1（%2）：期初 %3 + %4 笔发生额 %5 = 期末 %6 %7：%8</translation>
    </message>
    <message numerus="yes">
        <source>Overlap: %n row(s) already in the case from source #%1 (%2), %3 – %4: linked as duplicates, counted once</source>
        <translation>
            <numerusform>重叠：%n 行已在案件中（来源 #%1：%2），%3 – %4：已关联为重复记录，只计一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap: account %1 (%2) has no statement row in the case from %3 to %4</source>
        <translation>缺口：账户 %1（%2）在案件中从 %3 到 %4 没有任何流水记录</translation>
    </message>
    <message>
        <source>Seized device</source>
        <translation>扣押设备</translation>
    </message>
    <message>
        <source>Preserved with it</source>
        <translation>随附保存</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1（%2，%3 字节）</translation>
    </message>
    <message>
        <source>Only in the write-ahead log</source>
        <translation>仅存在于预写日志（WAL）</translation>
    </message>
    <message>
        <source>%1 rows (locators marked &quot;(WAL)&quot;)</source>
        <translation>%1 行（定位标注为“(WAL)”）</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 条通话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entr(ies)</source>
        <translation>
            <numerusform>%n 条联系人记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n 个位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell site(s)</source>
        <translation>
            <numerusform>%n 个基站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app or service account(s)</source>
        <translation>
            <numerusform>%n 个应用或服务账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other artifact(s)</source>
        <translation>
            <numerusform>%n 条其他痕迹</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as</source>
        <translation>接收为</translation>
    </message>
    <message numerus="yes">
        <source>%n stated balance(s)</source>
        <translation>
            <numerusform>%n 个申报余额</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked at import: the case held no movements of the account then</source>
        <translation>导入时未核对：当时案件中没有该账户的交易</translation>
    </message>
    <message numerus="yes">
        <source>the movements in the case explain all %n change(s)</source>
        <translation>
            <numerusform>案件中的交易可解释全部 %n 次余额变动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) NOT EXPLAINED by the movements in the case (listed below)</source>
        <translation>
            <numerusform>%n 次余额变动无法由案件中的交易解释（见下文）</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance history of account %1 (%2), %3 – %4: %5 stated balances; %6</source>
        <translation>账户 %1（%2）的余额历史，%3 – %4：%5 个申报余额；%6</translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>物证编号</translation>
    </message>
</context>
<context>
    <name>cb::reports::Packet</name>
    <message>
        <source>subject</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>关联人</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>The case holds no narrative.</source>
        <translation>本案尚无案情说明。</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>涵盖期间</translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation>时间显示时区</translation>
    </message>
    <message>
        <source>Sources relied on</source>
        <translation>所依据的源文件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>People and lines with a role in the case:</source>
        <translation>本案中标注了角色的人员和号码：</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>关联双方</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Every source file this packet relies on, as preserved in the case, with its import certificate.</source>
        <translation>本材料所依据的每个源文件（按案件中留存的原件）及其导入凭证。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation>源文件时区</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>%1 read, %2 accepted, %3 rejected, %4 skipped</source>
        <translation>读取 %1，接受 %2，拒绝 %3，跳过 %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4, %5 breaks</source>
        <translation>%1：%2 → %3 %4，断点 %5 处</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>余额连续性</translation>
    </message>
    <message>
        <source>Gaps and overlaps</source>
        <translation>缺口与重叠</translation>
    </message>
    <message>
        <source>%1 gaps, %2 overlaps with other statements</source>
        <translation>缺口 %1 处，与其他流水重叠 %2 处</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>Identity decisions this exhibit depends on:</source>
        <translation>本证据所依赖的身份认定：</translation>
    </message>
    <message>
        <source>Case audit head: %1</source>
        <translation>案件审计链头：%1</translation>
    </message>
    <message>
        <source>Redaction: identifiers and names of entities without a role in the case are masked.</source>
        <translation>脱敏：本案中未标注角色的实体，其标识和姓名已作脱敏处理。</translation>
    </message>
    <message>
        <source>Redaction: none.</source>
        <translation>脱敏：无。</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>呼出/发出</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>呼入/接收</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>naming %1 (and every entity merged with it)</source>
        <translation>涉及 %1（及与其合并的所有实体）</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>%1 records of kind &quot;%2&quot;, in time order. Below each row: its source file, the file&apos;s SHA-256 (first 12 digits), the row&apos;s place in the file and its row hash.</source>
        <translation>共 %1 条“%2”记录，按时间排序。每行下方依次为：来源文件、文件 SHA-256（前 12 位）、该行在文件中的位置及行哈希。</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>none: every record of the kind</source>
        <translation>无：该类全部记录</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>by time, then as imported</source>
        <translation>按时间，其次按导入顺序</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>记录 UUID</translation>
    </message>
    <message>
        <source>The line as it stands in the preserved original file:</source>
        <translation>留存原件中的该行原文：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>解析程序</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>涉及实体</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History of the lead:</source>
        <translation>线索处理记录：</translation>
    </message>
    <message>
        <source>As registered in the case&apos;s leads register; every status change is kept with who made it and when.</source>
        <translation>依据本案线索登记簿；每次状态变更均记录了操作人和时间。</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>资金追踪</translation>
    </message>
    <message>
        <source>fast-in-fast-out</source>
        <translation>快进快出</translation>
    </message>
    <message>
        <source>fan-in</source>
        <translation>多对一汇集</translation>
    </message>
    <message>
        <source>fan-out</source>
        <translation>一对多分散</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>取现</translation>
    </message>
    <message>
        <source>unrequested</source>
        <translation>未调取账户</translation>
    </message>
    <message>
        <source>held</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>hop limit</source>
        <translation>达到层级上限</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>交易流水</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>短信/聊天</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Traced from</source>
        <translation>追踪起点</translation>
    </message>
    <message>
        <source>Amount traced</source>
        <translation>追踪金额</translation>
    </message>
    <message>
        <source>Where it ended</source>
        <translation>资金去向</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入方</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>追踪金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Each movement the money took, hop by hop; times as the statements give them, with their UTC offset.</source>
        <translation>资金逐层流转的每一笔交易；时间按流水原样列出，并注明 UTC 偏移。</translation>
    </message>
    <message>
        <source>The analysis found nothing.</source>
        <translation>本次分析未发现结果。</translation>
    </message>
    <message>
        <source>First in, first out (the rule of Clayton&apos;s case): money leaving an account is taken from the oldest traced money still in it.</source>
        <translation>先进先出（克莱顿案规则）：从账户转出的资金，视为账户中最早进入且尚未转出的被追踪资金。</translation>
    </message>
    <message>
        <source>Lowest intermediate balance: traced money in an account never exceeds the lowest balance the account fell to after it arrived.</source>
        <translation>最低中间余额规则：账户中的被追踪资金不超过其进入后账户曾降至的最低余额。</translation>
    </message>
    <message>
        <source>Pro rata (Barlow Clowes): each payment out carries traced and other money in proportion to the balance.</source>
        <translation>按比例分摊（Barlow Clowes 规则）：每笔转出按余额构成比例分摊被追踪资金和其他资金。</translation>
    </message>
    <message>
        <source>No allocation: every later payment out of a reached account is followed in full.</source>
        <translation>不分摊：对到达账户其后的每笔转出均全额追踪。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>分析编号</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>运行人</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Tracing rule</source>
        <translation>追踪规则</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取记录数</translation>
    </message>
    <message>
        <source>Data SHA-256</source>
        <translation>数据 SHA-256</translation>
    </message>
    <message>
        <source>Result SHA-256</source>
        <translation>结果 SHA-256</translation>
    </message>
    <message>
        <source>To reproduce</source>
        <translation>复现方法</translation>
    </message>
    <message>
        <source>casebench rerun CASE %1 runs it again on the case and says whether the rows it reads and its result are still identical.</source>
        <translation>执行 casebench rerun CASE %1 可在案件上重新运行，并说明所读记录和结果是否仍完全一致。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Packet %1</source>
        <translation>材料编号 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Evidence packet</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>办案单位</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>办案人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>材料编号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Packet fingerprint</source>
        <translation>材料指纹</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>使用范围</translation>
    </message>
    <message>
        <source>This packet embeds a manifest (manifest.json) listing every exhibit, every row it cites by UUID and row hash, and every source by SHA-256; the packet fingerprint above is the manifest&apos;s SHA-256. The file is signed with the key whose fingerprint is printed above. Check it with: casebench verify PACKET.pdf [--case CASE]</source>
        <translation>本材料内嵌清单文件（manifest.json），列明每项证据、其引用的每条记录（UUID 和行哈希）以及每个源文件（SHA-256）；上方的材料指纹即清单文件的 SHA-256。本文件以上方所示指纹对应的密钥签名。校验方法：casebench verify PACKET.pdf [--case CASE]</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>every %1 message of this source exchanged with %2</source>
        <translation>该源文件中与 %2 往来的全部 %1 消息</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>显示的事件</translation>
    </message>
    <message>
        <source>Each event&apos;s record, with its source file and row, is in the case; the exhibits of tables and records in this packet cite them row by row.</source>
        <translation>每个事件的记录及其来源文件和行号均保存在案件中；本材料中的表格和记录类证据逐行引用这些记录。</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>绘制依据</translation>
    </message>
    <message>
        <source>the case&apos;s events in the period, counted per time bin; where events fall too close to draw apart, a badge gives their number. The counts of the bins add up to the events in the period.</source>
        <translation>案件在该时段内的事件，按时间段计数；事件过于密集无法分开绘制时，以徽标标注数量。各时间段的计数之和等于该时段的事件总数。</translation>
    </message>
    <message>
        <source>casebench timeline CASE -o FILE.pdf --view &quot;%1&quot; draws the same picture from the case.</source>
        <translation>casebench timeline CASE -o FILE.pdf --view &quot;%1&quot; 可从案件绘制出相同的图。</translation>
    </message>
    <message>
        <source>Events, duration or amount</source>
        <translation>事件数、时长或金额</translation>
    </message>
    <message>
        <source>… %1 more lines: the chart&apos;s GraphML export lists them all</source>
        <translation>……另有 %1 行：关系图的 GraphML 导出列出全部</translation>
    </message>
    <message>
        <source>Saved chart</source>
        <translation>已保存的关系图</translation>
    </message>
    <message>
        <source>Entities and links</source>
        <translation>实体与关联</translation>
    </message>
    <message>
        <source>the case&apos;s calls, transfers and messages between each two entities, added up per direction. A call in both parties&apos; call records is counted once, from the caller&apos;s; a transfer in both accounts&apos; statements is counted once, from the payer&apos;s; rows repeating another statement&apos;s are not counted. Merged identities are one entity.</source>
        <translation>案件中每两个实体之间的通话、转账和消息，按方向汇总。双方话单中都有的同一通话只计一次（以主叫方为准）；双方流水中都有的同一笔转账只计一次（以付款方为准）；与其他流水重复的行不计。已合并的身份视为同一实体。</translation>
    </message>
    <message>
        <source>casebench chart CASE -o FILE.pdf --chart &quot;%1&quot; draws the same chart from the case; -o FILE.graphml writes its links with these figures.</source>
        <translation>casebench chart CASE -o FILE.pdf --chart &quot;%1&quot; 可从案件绘制同一关系图；-o FILE.graphml 输出其关联及上述数字。</translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>物证编号</translation>
    </message>
</context>
<context>
    <name>cb::widgets::AnalysisView</name>
    <message>
        <source>The trace was cancelled; nothing was saved.</source>
        <translation>追踪已取消，未保存任何结果。</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>取现</translation>
    </message>
    <message>
        <source>(no counterparty)</source>
        <translation>（无对手方）</translation>
    </message>
    <message>
        <source>held in the account</source>
        <translation>沉淀在账户中</translation>
    </message>
    <message>
        <source>withdrawn as cash</source>
        <translation>已取现</translation>
    </message>
    <message>
        <source>statement not requested yet</source>
        <translation>未调单账户</translation>
    </message>
    <message>
        <source>hop limit reached</source>
        <translation>达到追踪层数上限</translation>
    </message>
    <message>
        <source>below the smallest payment</source>
        <translation>低于最小金额</translation>
    </message>
    <message>
        <source>account or card number the money left</source>
        <translation>资金转出的账号或卡号</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>FIFO (Clayton&apos;s case)</source>
        <translation>先进先出（克莱顿案规则）</translation>
    </message>
    <message>
        <source>Lowest intermediate balance</source>
        <translation>最低中间余额规则</translation>
    </message>
    <message>
        <source>Pro rata</source>
        <translation>按比例分配</translation>
    </message>
    <message>
        <source>Paths only</source>
        <translation>仅追踪路径</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>层数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Smallest payment:</source>
        <translation>最小金额(&amp;S)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>追踪(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;已保存的分析记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flows&lt;/b&gt; — select one to see its transaction and source row in Details</source>
        <translation>&lt;b&gt;资金流向&lt;/b&gt; — 选中一条即在详情中查看交易及其来源行</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the money ended&lt;/b&gt;</source>
        <translation>&lt;b&gt;资金最终去向&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出方</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>侦查员</translation>
    </message>
    <message>
        <source>Data SHA-256</source>
        <translation>数据 SHA-256</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入方</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>追踪金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>交易金额</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <source>Tracing… (Cancel stops it; nothing is saved then)</source>
        <translation>正在追踪……（点“取消”可停止，停止后不保存）</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2 %3 paid out of %4, followed up to %5 hops under %6; %n flow(s).</source>
        <translation>
            <numerusform>记录 %1：追踪从 %4 转出的 %2 %3，最多 %5 层，规则 %6；%n 条资金流向。</numerusform>
        </translation>
    </message>
    <message>
        <source>paid out to no named account</source>
        <translation>转出，未列明对手账户</translation>
    </message>
    <message>
        <source>&amp;Bookmark as exhibit…</source>
        <translation>标记为证据项(&amp;B)…</translation>
    </message>
    <message>
        <source>Show on &amp;Timeline</source>
        <translation>在时间轴上显示(&amp;T)</translation>
    </message>
    <message>
        <source>The traced accounts as the timeline&apos;s lanes: when the money arrived and left</source>
        <translation>将追踪到的账户作为时间轴泳道：资金何时到账、何时转出</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>account or card number the money reached</source>
        <translation>资金转入的账号或卡号</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>追踪方向(&amp;F)：</translation>
    </message>
    <message>
        <source>where the money went</source>
        <translation>资金去向（向下）</translation>
    </message>
    <message>
        <source>where the money came from</source>
        <translation>资金来源（向上）</translation>
    </message>
    <message>
        <source>Enter the account and choose a rule. Every run is saved with the SHA-256 of the rows it read.</source>
        <translation>输入账户并选择规则。每次运行都会连同所读数据行的 SHA-256 一并保存。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2 %3 paid into %4, followed back up to %5 hops under %6; %n flow(s).</source>
        <translation>
            <numerusform>记录 %1：追溯转入 %4 的 %2 %3 的来源，最多 %5 层，规则 %6；%n 条资金流向。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show on &amp;Chart</source>
        <translation>在关系图中显示(&amp;C)</translation>
    </message>
    <message>
        <source>The traced accounts on the link chart: the money between them and who holds them</source>
        <translation>关系图上的追踪账户：账户间的资金往来及其持有人</translation>
    </message>
</context>
<context>
    <name>cb::widgets::CaseDetailsDialog</name>
    <message>
        <source>Case Details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>办案单位：</translation>
    </message>
    <message>
        <source>Handling line:</source>
        <translation>使用范围：</translation>
    </message>
    <message>
        <source>e.g. SZ-2024-0317 (the packet&apos;s Bates numbers start with its letters and digits)</source>
        <translation>例如 SZ-2024-0317（证据材料的贝茨编号以其中的字母和数字开头）</translation>
    </message>
    <message>
        <source>printed on every page of the packet</source>
        <translation>印在证据材料的每一页上</translation>
    </message>
    <message>
        <source>What happened, in Markdown: paragraphs, # headings, - lists, **bold**, *italic*</source>
        <translation>案情经过，使用 Markdown：段落、# 标题、- 列表、**粗体**、*斜体*</translation>
    </message>
    <message>
        <source>Narrative (Markdown):</source>
        <translation>案情说明（Markdown）：</translation>
    </message>
    <message>
        <source>As the packet will show it:</source>
        <translation>在证据材料中的显示效果：</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ChartPainter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>App account</source>
        <translation>应用账号</translation>
    </message>
    <message>
        <source>Cell site</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>More partners</source>
        <translation>更多对端</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Owns the device</source>
        <translation>设备机主</translation>
    </message>
    <message>
        <source>Line of the device</source>
        <translation>设备所用号码</translation>
    </message>
    <message>
        <source>Uses the account</source>
        <translation>使用该账号</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>注册绑定</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1</source>
        <translation>
            <numerusform>%n 次通话，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n payment(s)</source>
        <translation>
            <numerusform>%1 %2，共 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另 %1 个</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>%1 — link chart</source>
        <translation>%1 — 关系图</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 条关联</numerusform>
        </translation>
    </message>
    <message>
        <source>every linked entity</source>
        <translation>全部有关联的实体</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) from the starting entities</source>
        <translation>
            <numerusform>从起始实体扩展 %n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>layout %1</source>
        <translation>布局 %1</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>首个事件</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>最后一个事件</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>整个时段</translation>
    </message>
    <message numerus="yes">
        <source>links of at least %n event(s)</source>
        <translation>
            <numerusform>至少 %n 个事件的关联</numerusform>
        </translation>
    </message>
    <message>
        <source>money of at least %1 %2</source>
        <translation>金额至少 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n weaker link(s) not drawn</source>
        <translation>
            <numerusform>%n 条较弱关联未绘制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) behind “+N more”</source>
        <translation>
            <numerusform>%n 个对端归入“另 N 个”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting entit(ies) without such links not drawn</source>
        <translation>
            <numerusform>%n 个无此类关联的起始实体未绘制</numerusform>
        </translation>
    </message>
    <message>
        <source>Width: volume · arrows: direction · red badge: partners in all</source>
        <translation>线宽：数量 · 箭头：方向 · 红色角标：对端总数</translation>
    </message>
    <message>
        <source>No entity to start from: give one, or mark subjects or victims.</source>
        <translation>没有起始实体：请指定一个，或标记嫌疑人或被害人。</translation>
    </message>
    <message numerus="yes">
        <source>%n more partner(s), the weakest: open the next page to draw them.</source>
        <translation>
            <numerusform>另有 %n 个对端（关联最弱）：打开下一页以绘制。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one identity with %n merged entit(ies)</source>
        <translation>
            <numerusform>与 %n 个已合并实体为同一身份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) in the case</source>
        <translation>
            <numerusform>案件中共 %n 个对端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn</source>
        <translation>
            <numerusform>已绘制 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>direction not recorded</source>
        <translation>未记录方向</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>别名</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ChartView</name>
    <message>
        <source>Building the chart…</source>
        <translation>正在生成关系图……</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 条关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind “+N more”</source>
        <translation>
            <numerusform>%n 个归入“另 N 个”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting entit(ies) without such links</source>
        <translation>
            <numerusform>%n 个起始实体无此类关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak link(s) hidden</source>
        <translation>
            <numerusform>已隐藏 %n 条弱关联</numerusform>
        </translation>
    </message>
    <message>
        <source>The two are not connected in this chart</source>
        <translation>两者在此关系图中不相连</translation>
    </message>
    <message numerus="yes">
        <source>Shortest path: %n link(s)</source>
        <translation>
            <numerusform>最短路径：%n 条关联</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: sfdp (large networks)</source>
        <translation>布局：sfdp（大型网络）</translation>
    </message>
    <message>
        <source>Layout: neato (spring)</source>
        <translation>布局：neato（弹簧模型）</translation>
    </message>
    <message>
        <source>Layout: dot (money left to right)</source>
        <translation>布局：dot（资金从左到右）</translation>
    </message>
    <message>
        <source>Layout: circo (circular)</source>
        <translation>布局：circo（环形）</translation>
    </message>
    <message>
        <source>Layout: twopi (radial)</source>
        <translation>布局：twopi（放射状）</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>How many steps out from the starting entities</source>
        <translation>从起始实体向外扩展的层数</translation>
    </message>
    <message>
        <source>Min. events</source>
        <translation>最少事件数</translation>
    </message>
    <message>
        <source>Hide links of fewer events</source>
        <translation>隐藏事件数较少的关联</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Link Labels</source>
        <translation>关联标注</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Lay the whole chart out again; pinned nodes stay where they are</source>
        <translation>重新布局整张关系图；已固定的节点保持原位</translation>
    </message>
    <message>
        <source>Shortest Path</source>
        <translation>最短路径</translation>
    </message>
    <message>
        <source>Select two nodes, then highlight the shortest path between them</source>
        <translation>选择两个节点，高亮它们之间的最短路径</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>保存关系图……</translation>
    </message>
    <message>
        <source>Bookmark as Exhibit…</source>
        <translation>收藏为证据……</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Links stated or asserted (owner, account holder...)</source>
        <translation>来源载明或研判的关系（机主、账号持有人……）</translation>
    </message>
    <message numerus="yes">
        <source>Show the Next %n Partner(s)</source>
        <translation>
            <numerusform>显示后 %n 个对端</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand (One Hop Further)</source>
        <translation>展开（再扩展一层）</translation>
    </message>
    <message>
        <source>Start a Chart Here</source>
        <translation>以此开始新关系图</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Group the Selected…</source>
        <translation>将所选编为一组……</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Name of the group (a person, an organisation):</source>
        <translation>分组名称（一个人员或一个组织）：</translation>
    </message>
    <message>
        <source>Shortest Path Between the Two</source>
        <translation>两者之间的最短路径</translation>
    </message>
    <message>
        <source>Expand the Group</source>
        <translation>展开分组</translation>
    </message>
    <message>
        <source>Collapse the Group</source>
        <translation>折叠分组</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>取消分组</translation>
    </message>
    <message>
        <source>Show Both on Timeline</source>
        <translation>在时间轴上显示两者</translation>
    </message>
    <message>
        <source>Hide Links of Fewer Events Than This</source>
        <translation>隐藏事件数少于此关联的关联</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Bookmark as Exhibit</source>
        <translation>收藏为证据</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存关系图</translation>
    </message>
    <message>
        <source>Name of this chart:</source>
        <translation>此关系图的名称：</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz (*.dot)</source>
        <translation>图片 (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;Graphviz (*.dot)</translation>
    </message>
    <message>
        <source>Size: all alike</source>
        <translation>大小：统一</translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation>大小：度</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>大小：中介中心性</translation>
    </message>
    <message>
        <source>Size: closeness</source>
        <translation>大小：接近中心性</translation>
    </message>
    <message>
        <source>Size: eigenvector</source>
        <translation>大小：特征向量中心性</translation>
    </message>
    <message>
        <source>Draw nodes larger by a network measure, and rank the entities by it</source>
        <translation>按网络指标放大节点，并据此为实体排序</translation>
    </message>
    <message>
        <source>Assert a Link</source>
        <translation>添加研判关系</translation>
    </message>
    <message>
        <source>%1 owns %2</source>
        <translation>%1 拥有 %2</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 使用 %2</translation>
    </message>
    <message>
        <source>%1 is a member of %2</source>
        <translation>%1 隶属于 %2</translation>
    </message>
    <message>
        <source>%1 is an alias of %2</source>
        <translation>%1 是 %2 的别名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>已印证</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>已否定</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ConflictsDialog</name>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <source>Objects both copies changed differently. This copy&apos;s version is the one in use until you take theirs.</source>
        <translation>双方副本改动不一致的对象。在您采用对方版本之前，使用的是本副本的版本。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>本副本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方副本</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Show settled</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留本方</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>采用了对方版本</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>保留了本方版本</translation>
    </message>
    <message>
        <source>agreed in both copies</source>
        <translation>双方已一致</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>From %1, found %2</source>
        <translation>来自 %1，发现于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open.</source>
        <translation>
            <numerusform>%n 个冲突未处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <source>%1: took theirs.</source>
        <translation>%1：已采用对方版本。</translation>
    </message>
    <message>
        <source>%1: kept this copy&apos;s version.</source>
        <translation>%1：已保留本副本的版本。</translation>
    </message>
    <message>
        <source>%1 could not be settled: %2</source>
        <translation>%1 无法处理：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>cb::widgets::DetailsView</name>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Contact entry</source>
        <translation>通讯录条目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Cell site</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Stated balance</source>
        <translation>银行所列余额</translation>
    </message>
    <message>
        <source>Phone artifact</source>
        <translation>手机痕迹</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#555&apos;&gt;The source is not line-oriented text (%1): its record is identified by the locator above.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;该来源文件不是按行组织的文本（%1）：该记录以上方的定位信息标识。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#a00&apos;&gt;Line %1 was not found in the preserved original.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#a00&apos;&gt;在留存的原始文件中未找到第 %1 行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a record to see everything about it and where it came from.</source>
        <translation>选中一条记录，即可查看其全部信息及来源。</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Format / profile</source>
        <translation>格式 / 模板</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>导入器</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Record UUID</source>
        <translation>记录 UUID</translation>
    </message>
    <message>
        <source>Original record in the preserved source</source>
        <translation>留存原始文件中的原始记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Records naming it</source>
        <translation>涉及的记录</translation>
    </message>
    <message>
        <source>Entity UUID</source>
        <translation>实体 UUID</translation>
    </message>
    <message>
        <source>Identifiers and where each came from</source>
        <translation>标识号及其来源</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation>（部分）</translation>
    </message>
    <message>
        <source>entered by an analyst</source>
        <translation>分析人员录入</translation>
    </message>
    <message>
        <source>Merges and owner marks</source>
        <translation>合并与机主标记</translation>
    </message>
    <message>
        <source>undone by %1, %2</source>
        <translation>已由%1撤销，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 条通话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(s)</source>
        <translation>
            <numerusform>%n 条通讯录条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n 条位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell site(s)</source>
        <translation>
            <numerusform>%n 个基站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stated balance(s)</source>
        <translation>
            <numerusform>%n 条银行所列余额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone artifact(s)</source>
        <translation>
            <numerusform>%n 条手机痕迹</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit label</source>
        <translation>物证编号</translation>
    </message>
</context>
<context>
    <name>cb::widgets::DisplayProxy</name>
    <message>
        <source>outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>cb::widgets::EntityView</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Bank accounts and cards</source>
        <translation>银行账户和银行卡</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>App accounts and e-mail</source>
        <translation>应用账号和电子邮箱</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>人员和单位</translation>
    </message>
    <message>
        <source>Cell sites and places</source>
        <translation>基站和地点</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>app account</source>
        <translation>应用账号</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>cell site</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>嫌疑人</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>关系人</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Find: a number in any form, an account, IMEI or name (press Enter)</source>
        <translation>查找：任意写法的号码、账号、IMEI 或姓名（按回车）</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>With a role</source>
        <translation>有角色的</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>标识号</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 and %2 as one person…</source>
        <translation>将 %1 与 %2 合并为同一人…</translation>
    </message>
    <message>
        <source>Mark %1 as the owner&apos;s line of %2…</source>
        <translation>标记 %1 为 %2 的机主号码…</translation>
    </message>
    <message>
        <source>Show on Timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <source>Start a Link Chart Here</source>
        <translation>以此开始绘制关系图</translation>
    </message>
</context>
<context>
    <name>cb::widgets::HeatmapPainter</name>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%2:59：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>0 to %1 events per hour of the week · %2 in all</source>
        <translation>每周各小时 0 至 %1 个事件 · 共 %2 个</translation>
    </message>
    <message>
        <source>Activity by hour and weekday · %1</source>
        <translation>按星期与小时的活动分布 · %1</translation>
    </message>
    <message>
        <source>%1 to %2 · hours in %3</source>
        <translation>%1 至 %2 · 小时按 %3</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>each event&apos;s own recorded offset</source>
        <translation>各事件自身记录的时差</translation>
    </message>
    <message>
        <source>every entity</source>
        <translation>全部实体</translation>
    </message>
    <message>
        <source>Activity by hour and weekday</source>
        <translation>按星期与小时的活动分布</translation>
    </message>
</context>
<context>
    <name>cb::widgets::IdentityView</name>
    <message>
        <source>Looking for matches…</source>
        <translation>正在查找匹配…</translation>
    </message>
    <message>
        <source>Finding matches failed: %1</source>
        <translation>查找匹配失败：%1</translation>
    </message>
    <message>
        <source>same person or organisation</source>
        <translation>同一人或同一组织</translation>
    </message>
    <message>
        <source>owner&apos;s line of the device</source>
        <translation>设备机主号码</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>undone by %1 at %2</source>
        <translation>已由 %1 于 %2 撤销</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Select a suggested match first.</source>
        <translation>请先选择一条建议匹配。</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Why are %1 and %2 the same? (recorded in the audit log)</source>
        <translation>为什么 %1 与 %2 是同一个？（将记入审计日志）</translation>
    </message>
    <message>
        <source>Confidence (%):</source>
        <translation>置信度（%）：</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>请先选择一项决定。</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <source>Why is this decision withdrawn? (recorded in the audit log)</source>
        <translation>为什么撤回此决定？（将记入审计日志）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested matches&lt;/b&gt; — never applied until you merge them</source>
        <translation>&lt;b&gt;建议匹配&lt;/b&gt; — 在您合并之前绝不会自动应用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt; — merges and owner marks, with who, when and why</source>
        <translation>&lt;b&gt;决定&lt;/b&gt; — 合并与机主标记，记录人、时间和理由</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <source>Undo selected…</source>
        <translation>撤销所选…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点实体</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点实体</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <source>By, at (UTC)</source>
        <translation>操作人、时间（UTC）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), </source>
        <translation>
            <numerusform>%n 条建议，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n 项决定</numerusform>
        </translation>
    </message>
    <message>
        <source>a justification is required: say why</source>
        <translation>必须填写理由：说明原因</translation>
    </message>
    <message>
        <source>the case is open read-only here</source>
        <translation>本案件在此处以只读方式打开</translation>
    </message>
</context>
<context>
    <name>cb::widgets::ImportPreview</name>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>主叫</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>被叫</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>本方账号</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>本机号码</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫类型</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>基站小区</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The file would be refused, nothing imported: %1</source>
        <translation>该文件将被拒收，不会导入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n record(s) of other kinds (messages, contacts, locations…), imported as they are.</source>
        <translation>
            <numerusform>该文件含 %n 条其他类型的记录（消息、联系人、位置…），将按原样导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) of the file, as they will be imported.</source>
        <translation>
            <numerusform>文件全部 %n 条记录，即导入后的样子。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s), as they will be imported.</source>
        <translation>
            <numerusform>前 %n 条记录，即导入后的样子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping: %1.</source>
        <translation>映射模板：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of those read would be rejected:</source>
        <translation>
            <numerusform>已读取的行中有 %n 行将被拒收：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::widgets::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>待导入文件</translation>
    </message>
    <message>
        <source>Each file is recognised by its content. Check the format found for each; choose another where it is wrong.</source>
        <translation>按文件内容识别格式。请逐一核对识别出的格式，有误时另行选择。</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>About these sources</source>
        <translation>来源信息</translation>
    </message>
    <message>
        <source>Kept with each source&apos;s import certificate and shown in the evidence packet.</source>
        <translation>随每个来源的导入证明保存，并显示在证据包中。</translation>
    </message>
    <message>
        <source>e.g. 调取证据通知书 2024-017, production order 12/2024</source>
        <translation>例如：调取证据通知书 2024-017 号</translation>
    </message>
    <message>
        <source>two letters, e.g. CN: the country of national phone numbers</source>
        <translation>两个字母，例如 CN：国内号码所属国家</translation>
    </message>
    <message>
        <source>only when the files do not say whose account or line they are</source>
        <translation>仅当文件未注明所属账户或号码时填写</translation>
    </message>
    <message>
        <source>IMEI or exhibit label of the seized phone the files come from</source>
        <translation>文件所来自的扣押手机的 IMEI 或物证编号</translation>
    </message>
    <message>
        <source>when the files name none, e.g. CNY</source>
        <translation>文件未注明币种时填写，例如 CNY</translation>
    </message>
    <message>
        <source>for an encrypted PDF (never stored in the case)</source>
        <translation>用于加密的 PDF（不会保存在案件中）</translation>
    </message>
    <message>
        <source>The case&apos;s zone (%1)</source>
        <translation>案件时区（%1）</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>调证依据：</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>办案人：</translation>
    </message>
    <message>
        <source>Time zone of times without an offset:</source>
        <translation>无时差信息的时间所在时区：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Account or line:</source>
        <translation>账户或号码：</translation>
    </message>
    <message>
        <source>Seized device:</source>
        <translation>扣押设备：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>PDF 密码：</translation>
    </message>
    <message>
        <source>%1 — not recognised</source>
        <translation>%1 — 无法识别</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2（%3%）</translation>
    </message>
    <message>
        <source>Detect when importing</source>
        <translation>导入时自动识别</translation>
    </message>
    <message>
        <source>Detected: %1 (%2%)</source>
        <translation>识别为：%1（%2%）</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1, %2 bytes.</source>
        <translation>%1，%2 字节。</translation>
    </message>
    <message>
        <source>Also readable as: %1.</source>
        <translation>也可按以下格式读取：%1。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Say what each column holds. The preview below shows the first records as they will be imported.</source>
        <translation>指明每一列的内容。下方预览显示前几条记录导入后的样子。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>无法保存映射模板：%1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Pick one from the list.</source>
        <translation>“%1”不是有效时区，请从列表中选择。</translation>
    </message>
    <message>
        <source>%1 — a folder: every file in it an importer recognises</source>
        <translation>%1 — 文件夹：导入其中可识别的全部文件</translation>
    </message>
    <message>
        <source>%1 — recognising…</source>
        <translation>%1 — 正在识别…</translation>
    </message>
    <message>
        <source>Add the files to import first (Add Files…, or drop them on the window).</source>
        <translation>请先添加要导入的文件（点击“添加文件…”，或将文件拖到窗口上）。</translation>
    </message>
    <message numerus="yes">
        <source>Still recognising %n file(s); the wizard goes on by itself once they are read.</source>
        <translation>
            <numerusform>仍在识别 %n 个文件；识别完成后向导会自动进入下一步。</numerusform>
        </translation>
    </message>
    <message>
        <source>this file&apos;s label in the exhibit register, e.g. BK-3 (kept in its certificate)</source>
        <translation>该文件在物证登记中的编号，如 BK-3（记入导入证明）</translation>
    </message>
    <message>
        <source>Exhibit label:</source>
        <translation>物证编号：</translation>
    </message>
</context>
<context>
    <name>cb::widgets::LeadsView</name>
    <message>
        <source>new</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已查实</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>变更为</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Register a lead…</source>
        <translation>登记线索…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>涉及实体</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); right-click a lead to move it</source>
        <translation>
            <numerusform>%n 条线索；右键单击线索可变更状态</numerusform>
        </translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MappingEditor</name>
    <message>
        <source>e.g. 贷, C, CR, +</source>
        <translation>例如：贷, C, CR, +</translation>
    </message>
    <message>
        <source>e.g. 借, D, DR, -</source>
        <translation>例如：借, D, DR, -</translation>
    </message>
    <message>
        <source>outgoing: e.g. 1, 主叫, MOC</source>
        <translation>主叫：例如 1, 主叫, MOC</translation>
    </message>
    <message>
        <source>incoming: e.g. 2, 被叫, MTC</source>
        <translation>被叫：例如 2, 被叫, MTC</translation>
    </message>
    <message>
        <source>missed: e.g. 3, 未接</source>
        <translation>未接：例如 3, 未接</translation>
    </message>
    <message>
        <source>Bank transactions</source>
        <translation>交易流水</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>话单</translation>
    </message>
    <message>
        <source>Cell sites</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>声明余额</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>根据数据自动识别</translation>
    </message>
    <message>
        <source>Year, month, day (2024-03-05)</source>
        <translation>年、月、日（2024-03-05）</translation>
    </message>
    <message>
        <source>Day, month, year (05.03.2024)</source>
        <translation>日、月、年（05.03.2024）</translation>
    </message>
    <message>
        <source>Month, day, year (03/05/2024)</source>
        <translation>月、日、年（03/05/2024）</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>小数点（1,234.56）</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>小数逗号（1.234,56）</translation>
    </message>
    <message>
        <source>ISO 4217 code when no column says, e.g. CNY</source>
        <translation>无币种列时的 ISO 4217 代码，例如 CNY</translation>
    </message>
    <message>
        <source>the zone chosen for the import</source>
        <translation>导入时选择的时区</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>贷方：</translation>
    </message>
    <message>
        <source>Debit:</source>
        <translation>借方：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>日期顺序：</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>小数符号：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Time zone of the times:</source>
        <translation>时间所在时区：</translation>
    </message>
    <message>
        <source>Debit/credit marks:</source>
        <translation>借贷标志：</translation>
    </message>
    <message>
        <source>Direction codes:</source>
        <translation>呼叫类型代码：</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>映射模板另存为：</translation>
    </message>
    <message>
        <source>The header is known: the file is read with the profile “%1”. Change a column to make a mapping of your own.</source>
        <translation>已识别表头：按映射模板“%1”读取。修改任一列即可生成自己的映射模板。</translation>
    </message>
    <message>
        <source>No profile knows this header: the columns were mapped from their header words and content (%1% sure). Check each column.</source>
        <translation>没有映射模板识别此表头：已根据表头文字和内容推断各列（置信度 %1%）。请逐列核对。</translation>
    </message>
    <message>
        <source>As it stands the file would be refused: no profile knows its header and the best guess (%1% sure) is not sure enough. Correct the columns below.</source>
        <translation>按现状该文件将被拒收：没有映射模板识别其表头，最佳推测（置信度 %1%）不够可靠。请更正下列各列。</translation>
    </message>
    <message>
        <source>Mapping for %1</source>
        <translation>%1 的映射模板</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>工作表“%1”：%2</translation>
    </message>
    <message>
        <source>Your mapping: saved under the name below when the files are imported, and used for every file with this header. The preview follows each change.</source>
        <translation>您的映射：导入时按下方名称保存，此后凡是表头相同的文件都按它读取。预览随每次修改更新。</translation>
    </message>
    <message>
        <source>none: the header is found by itself</source>
        <translation>不跳过：自动查找表头</translation>
    </message>
    <message>
        <source>Lines at the top that are neither the header nor data, such as a title block; the header is looked for after them.</source>
        <translation>文件开头既非表头也非数据的行（如标题区）；从这些行之后查找表头。</translation>
    </message>
    <message>
        <source>Lines to skip at the top:</source>
        <translation>跳过开头行数：</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MappingGuess</name>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>贷方（收入）</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>借方（支出）</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation>借贷标志</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>本方账号</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>本方户名</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>交易渠道</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>通话开始时间</translation>
    </message>
    <message>
        <source>Subscriber (target line)</source>
        <translation>本机号码（目标号码）</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>呼叫类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>基站小区</translation>
    </message>
    <message>
        <source>Location area (LAC)</source>
        <translation>位置区（LAC）</translation>
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
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column %1 “%2”</source>
        <translation>第 %1 列“%2”</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>no column could be mapped</source>
        <translation>没有可映射的列</translation>
    </message>
    <message>
        <source>the guess holds no profile</source>
        <translation>推测中没有映射模板</translation>
    </message>
    <message>
        <source>Mapping accepted for %1</source>
        <translation>%1 的已确认映射</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No profile knows the layout of %1.</source>
        <translation>没有映射模板识别 %1 的格式。</translation>
    </message>
    <message>
        <source>Its columns could be mapped like this (confidence %1%, below the %2% needed to import on its own):

%3

Import it with this mapping? The mapping is kept with the source&apos;s import certificate.</source>
        <translation>各列可按如下方式映射（置信度 %1%，低于自动导入所需的 %2%）：

%3

按此映射导入吗？该映射将与此来源的导入证明一并保存。</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>对方开户行</translation>
    </message>
    <message>
        <source>Call or text</source>
        <translation>通话或短信</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Value-dated balance</source>
        <translation>起息余额</translation>
    </message>
</context>
<context>
    <name>cb::widgets::MergeCopyDialog</name>
    <message>
        <source>Source files</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>标识号</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lead status changes</source>
        <translation>线索状态变更</translation>
    </message>
    <message>
        <source>Entities linked to leads</source>
        <translation>线索关联实体</translation>
    </message>
    <message>
        <source>Analyst events</source>
        <translation>分析员录入事件</translation>
    </message>
    <message>
        <source>Entities linked to events</source>
        <translation>事件关联实体</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Merges and asserted links</source>
        <translation>实体合并与认定关系</translation>
    </message>
    <message>
        <source>Link status changes</source>
        <translation>关系状态变更</translation>
    </message>
    <message>
        <source>Analysis runs</source>
        <translation>分析记录</translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation>双方副本都作了不同修改</translation>
    </message>
    <message>
        <source>deleted in this copy, changed in theirs</source>
        <translation>本副本已删除，对方副本作了修改</translation>
    </message>
    <message>
        <source>changed in this copy, deleted in theirs</source>
        <translation>本副本作了修改，对方副本已删除</translation>
    </message>
    <message>
        <source>Merge a Colleague&apos;s Copy</source>
        <translation>合并同事的副本</translation>
    </message>
    <message>
        <source>Their copy: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only read; this case is written only when you press Merge.</source>
        <translation>对方副本：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;只读取；只有按下“合并”后才写入本案件。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>How many / which</source>
        <translation>数量 / 内容</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Comparing the copies…</source>
        <translation>正在比对副本…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>已取消：未合并任何内容。</translation>
    </message>
    <message>
        <source>The copies cannot be merged: %1</source>
        <translation>无法合并副本：%1</translation>
    </message>
    <message>
        <source>Nothing to merge: this case already holds everything of that copy.</source>
        <translation>无需合并：本案件已包含该副本的全部内容。</translation>
    </message>
    <message>
        <source>This is what merging would do. Nothing is written until you press Merge.</source>
        <translation>以下为合并将产生的结果。按下“合并”之前不会写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n conflict(s) kept both versions: Edit › Merge Conflicts… settles them.</source>
        <translation>
            <numerusform>已合并。%n 个冲突保留了两个版本：请在“编辑 › 合并冲突…”中处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged, without conflicts.</source>
        <translation>已合并，没有冲突。</translation>
    </message>
    <message>
        <source>History both copies share</source>
        <translation>双方共同的历史</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n 条审计记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Their work since this copy last saw it</source>
        <translation>对方自本副本上次同步以来的工作</translation>
    </message>
    <message>
        <source>Comes in</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Taken from theirs (they changed it, this copy did not)</source>
        <translation>采用对方版本（对方修改过，本副本未修改）</translation>
    </message>
    <message>
        <source>Deleted (they deleted it, this copy did not change it)</source>
        <translation>随对方删除（对方已删除，本副本未修改）</translation>
    </message>
    <message>
        <source>Files both copies imported (counted once)</source>
        <translation>双方都导入的文件（只计一次）</translation>
    </message>
    <message>
        <source>Codes both copies gave to different objects</source>
        <translation>双方给不同对象使用了同一编号</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>this copy&apos;s</source>
        <translation>本副本的</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Conflicts (this copy&apos;s version stays, theirs is kept beside it)</source>
        <translation>冲突（保留本副本的版本，对方版本并存备查）</translation>
    </message>
    <message>
        <source>Not merged: what they refer to is not in this case</source>
        <translation>未合并：其引用的对象不在本案件中</translation>
    </message>
    <message>
        <source>imported a file</source>
        <translation>导入了文件</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>添加了备注</translation>
    </message>
    <message>
        <source>edited a note</source>
        <translation>修改了备注</translation>
    </message>
    <message>
        <source>deleted a note</source>
        <translation>删除了备注</translation>
    </message>
    <message>
        <source>restored a note</source>
        <translation>恢复了备注</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>添加了标签</translation>
    </message>
    <message>
        <source>removed a tag</source>
        <translation>移除了标签</translation>
    </message>
    <message>
        <source>set a role</source>
        <translation>设定了角色</translation>
    </message>
    <message>
        <source>registered a lead</source>
        <translation>登记了线索</translation>
    </message>
    <message>
        <source>moved a lead</source>
        <translation>变更了线索状态</translation>
    </message>
    <message>
        <source>entered an event</source>
        <translation>录入了事件</translation>
    </message>
    <message>
        <source>marked an exhibit</source>
        <translation>标记了证据</translation>
    </message>
    <message>
        <source>saved an analysis run</source>
        <translation>保存了分析记录</translation>
    </message>
    <message>
        <source>merged two entities</source>
        <translation>合并了两个实体</translation>
    </message>
    <message>
        <source>undid a merge or link</source>
        <translation>撤销了合并或关系</translation>
    </message>
    <message>
        <source>changed a link&apos;s status</source>
        <translation>变更了关系状态</translation>
    </message>
    <message>
        <source>changed the case details</source>
        <translation>修改了案件信息</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出了文件</translation>
    </message>
    <message>
        <source>merged a copy</source>
        <translation>合并了副本</translation>
    </message>
    <message>
        <source>renumbered before a merge</source>
        <translation>合并前重新编号</translation>
    </message>
    <message>
        <source>settled a conflict</source>
        <translation>处理了冲突</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Links imports made (undone or not)</source>
        <translation>导入生成的关系（含撤销）</translation>
    </message>
</context>
<context>
    <name>cb::widgets::NewCaseDialog</name>
    <message>
        <source>New Case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Type to find a zone: Shanghai, Berlin, UTC+08…</source>
        <translation>输入以查找时区：Shanghai、Berlin、UTC+08…</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>案件文件：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Investigator:</source>
        <translation>办案人员：</translation>
    </message>
    <message>
        <source>Region for national numbers:</source>
        <translation>国内号码所属地区：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Casebench cases (*.casebench)</source>
        <translation>Casebench 案件 (*.casebench)</translation>
    </message>
</context>
<context>
    <name>cb::widgets::PacketDialog</name>
    <message>
        <source>Export Evidence Packet</source>
        <translation>导出证据材料</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不脱敏</translation>
    </message>
    <message>
        <source>Mask entities without a role</source>
        <translation>对未标注角色的实体脱敏</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Redaction:</source>
        <translation>脱敏：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Build and Preview</source>
        <translation>生成并预览(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel Build</source>
        <translation>取消生成</translation>
    </message>
    <message>
        <source>Exhibits in the packet:</source>
        <translation>材料包含的证据：</translation>
    </message>
    <message>
        <source>&amp;Save Packet…</source>
        <translation>保存材料(&amp;S)…</translation>
    </message>
    <message>
        <source>The case has no exhibits yet: bookmark a run or add one with &quot;casebench exhibit add&quot;.</source>
        <translation>本案尚无证据：请将分析结果收藏为证据，或使用“casebench exhibit add”添加。</translation>
    </message>
    <message>
        <source>Choose at least one exhibit.</source>
        <translation>请至少选择一项证据。</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>正在生成证据材料…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was built.</source>
        <translation>已取消：未生成任何内容。</translation>
    </message>
    <message>
        <source>The packet could not be built: %1</source>
        <translation>无法生成证据材料：%1</translation>
    </message>
    <message>
        <source>%1 pages, %2 rows cited; fingerprint %3</source>
        <translation>共 %1 页，引用 %2 条记录；材料指纹 %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 pages.</source>
        <translation>预览显示前 %1 页，共 %2 页。</translation>
    </message>
    <message>
        <source>Save Evidence Packet</source>
        <translation>保存证据材料</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Not entered in the case&apos;s audit log: the case is open read-only here.</source>
        <translation>已保存到 %1。未记入案件审计日志：本案件在此处以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>cb::widgets::PatternsView</name>
    <message>
        <source>The window is a duration such as 24h, 90m or 3d.</source>
        <translation>时间窗口应为时长，如 24h、90m 或 3d。</translation>
    </message>
    <message>
        <source>The analysis was cancelled; nothing was saved.</source>
        <translation>分析已取消，未保存任何结果。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>命中次数</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>对手方数</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话次数</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>共同方数</translation>
    </message>
    <message>
        <source>In</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>过账（中转）</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>沉淀</translation>
    </message>
    <message>
        <source>Own money out</source>
        <translation>自有资金转出</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取现</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Payers</source>
        <translation>付款方数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>With</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Records cited</source>
        <translation>引用记录数</translation>
    </message>
    <message numerus="yes">
        <source>call, %n s</source>
        <translation>
            <numerusform>通话 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Fast in, fast out (快进快出)</source>
        <translation>快进快出</translation>
    </message>
    <message>
        <source>Fan-in: many payers</source>
        <translation>资金汇聚：多方转入</translation>
    </message>
    <message>
        <source>Fan-out: many payees</source>
        <translation>资金分散：转出多方</translation>
    </message>
    <message>
        <source>Flow roles: source, transit, sink</source>
        <translation>资金角色：来源、中转、沉淀</translation>
    </message>
    <message>
        <source>Accounts to request statements of</source>
        <translation>未调单账户（待调取流水）</translation>
    </message>
    <message>
        <source>Common counterparties</source>
        <translation>共同往来账户</translation>
    </message>
    <message>
        <source>Top contacts of a number</source>
        <translation>号码的主要通话对象</translation>
    </message>
    <message>
        <source>Common contacts</source>
        <translation>共同联系人</translation>
    </message>
    <message>
        <source>Path from one entity to another</source>
        <translation>关联路径</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>模式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Entities:</source>
        <translation>对象(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records it rests on&lt;/b&gt; — select one to see it and its source row in Details</source>
        <translation>&lt;b&gt;依据的记录&lt;/b&gt; — 选中一条即在详情中查看及其来源行</translation>
    </message>
    <message>
        <source>Account / from</source>
        <translation>账户 / 主叫</translation>
    </message>
    <message>
        <source>Counterparty / to</source>
        <translation>对手方 / 被叫</translation>
    </message>
    <message>
        <source>Amount / call</source>
        <translation>金额 / 通话</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <source>Analyzing… (Cancel stops it; nothing is saved then)</source>
        <translation>正在分析……（点“取消”可停止，停止后不保存）</translation>
    </message>
    <message>
        <source>Choose a pattern. Every analysis is saved as a run with the SHA-256 of the rows it read.</source>
        <translation>选择分析模式。每次分析都会连同所读数据行的 SHA-256 保存为分析记录。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n row(s) found.</source>
        <translation>
            <numerusform>记录 %1：找到 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Min. counterparties:</source>
        <translation>对手方下限(&amp;M)：</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>回路数</translation>
    </message>
    <message>
        <source>Shortest (hops)</source>
        <translation>最短（层）</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回流金额</translation>
    </message>
    <message>
        <source>Times together</source>
        <translation>同现次数</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>基站数</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新号码</translation>
    </message>
    <message>
        <source>Shared contacts</source>
        <translation>共同联系人数</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>最后通话</translation>
    </message>
    <message>
        <source>First call of the new number</source>
        <translation>新号码首次通话</translation>
    </message>
    <message>
        <source>Money that came back (资金回路)</source>
        <translation>资金回路</translation>
    </message>
    <message>
        <source>Numbers that met at a cell (碰面)</source>
        <translation>碰面（同基站伴随）</translation>
    </message>
    <message>
        <source>Number changes (换号)</source>
        <translation>换号</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>关联对象数</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>接近中心性</translation>
    </message>
    <message>
        <source>Eigenvector</source>
        <translation>特征向量中心性</translation>
    </message>
    <message>
        <source>Who holds the call network together (centrality)</source>
        <translation>关键人物（通话网络中心性）</translation>
    </message>
    <message>
        <source>&amp;Graph:</source>
        <translation>图(&amp;G)：</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>&amp;Bookmark as exhibit…</source>
        <translation>标记为证据项(&amp;B)…</translation>
    </message>
    <message>
        <source>accounts or numbers, comma-separated (common, top contacts, path; accounts to request: the victims&apos; accounts)</source>
        <translation>账户或号码，以逗号分隔（共同往来、通话对象、路径；未调单账户：填受害人账户）</translation>
    </message>
</context>
<context>
    <name>cb::widgets::RecordView</name>
    <message>
        <source>Filter: words in any text column (press Enter)</source>
        <translation>筛选：在任一文字列中查找（按回车）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match the filter</source>
        <translation>
            <numerusform>%n 行符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>列宽适应内容</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>cb::widgets::SearchView</name>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 : %2 (SHA-256 %3)</source>
        <translation>%1 : %2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>phone artifact</source>
        <translation>手机痕迹</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Search numbers, accounts, messages, contacts, transactions, phone artifacts and notes (any script; every word must occur) and press Enter</source>
        <translation>搜索号码、账户、短信、联系人、交易、手机痕迹和备注（任意文字；每个词都须出现），按回车</translation>
    </message>
    <message>
        <source>App or type</source>
        <translation>应用或类型</translation>
    </message>
</context>
<context>
    <name>cb::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Name and badge number, as the audit log should record them</source>
        <translation>姓名和警号，按审计日志应记录的写法填写</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Investigator:</source>
        <translation>办案人(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region for new cases:</source>
        <translation>新建案件的号码所属地区(&amp;R)：</translation>
    </message>
    <message>
        <source>The investigator&apos;s name is recorded with every import and edit. The region decides how national phone numbers (without a country code) are read; each case keeps its own.</source>
        <translation>每次导入和编辑都会记录办案人姓名。地区决定如何解读不带国家代码的国内电话号码；每个案件各自保存自己的地区。</translation>
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
        <translation>交易流水、话单和扣押手机数据汇于一个案件文件，在时间轴和关系图上展开；每条事实都可追溯到来源文件及其行。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>最近的案件</translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>A case file with its title, investigator, region and time zone.</source>
        <translation>新建案件文件，填写案件名称、办案人、地区和时区。</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>打开案件…</translation>
    </message>
    <message>
        <source>A .casebench file, or a bundle a colleague sent.</source>
        <translation>.casebench 案件文件，或同事发来的案件包。</translation>
    </message>
    <message>
        <source>Open the Demo Case</source>
        <translation>打开演示案件</translation>
    </message>
    <message>
        <source>A synthetic telecom-fraud ring: bank statements, call records and a seized phone, ready to explore.</source>
        <translation>一个虚构的电信诈骗团伙：交易流水、话单和一部扣押手机，可直接上手查看。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 已不在原位置</translation>
    </message>
    <message>
        <source>Cases you open appear here.</source>
        <translation>打开过的案件会显示在这里。</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelineCanvas</name>
    <message>
        <source>Open a case to see its events on a time axis.</source>
        <translation>打开案件后，即可在时间轴上查看其事件。</translation>
    </message>
    <message>
        <source>All events in view
(drag here to zoom)</source>
        <translation>视图内全部事件
（在此拖动以缩放）</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelinePainter</name>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Stated balances</source>
        <translation>余额记录</translation>
    </message>
    <message>
        <source>Analyst events</source>
        <translation>分析员录入事件</translation>
    </message>
    <message>
        <source>Lead milestones</source>
        <translation>线索进展</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>关联人</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events here; zoom in to see each. The first:</source>
        <translation>
            <numerusform>此处有 %n 个事件，放大可逐个查看。第一个：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>无事件</translation>
    </message>
    <message>
        <source>Of: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>对方：%1</translation>
    </message>
    <message>
        <source>Source: %1, %2 (recorded at %3)</source>
        <translation>来源：%1，%2（记录时差 %3）</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <translation>秒</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n millisecond(s)</source>
        <translation>
            <numerusform>%n 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2, changing in this period</source>
        <translation>%1 与 %2，此时段内有夏令时切换</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss</source>
        <translation>M月d日 HH:mm:ss</translation>
    </message>
    <message>
        <source>d MMM HH:mm:ss.zzz</source>
        <translation>M月d日 HH:mm:ss.zzz</translation>
    </message>
    <message>
        <source>Timeline · %1</source>
        <translation>时间轴 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · times in %3 · %n event(s)</source>
        <translation>
            <numerusform>%1 至 %2 · 时间按 %3 · %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>lanes by kind</source>
        <translation>按类型分泳道</translation>
    </message>
    <message>
        <source>lanes by entity (merged identities as one)</source>
        <translation>按实体分泳道（已合并的身份算作一个）</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) only</source>
        <translation>
            <numerusform>仅 %n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性刻度</translation>
    </message>
    <message>
        <source>Events per %1 · highest %2 · %3</source>
        <translation>每%1事件数 · 最高 %2 · %3</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>A number in a badge counts events too close to draw apart; bars count events per bin (height on a log scale).</source>
        <translation>徽标中的数字表示因过于密集而合并显示的事件数；柱条表示每个时间段的事件数（高度为对数刻度）。</translation>
    </message>
    <message>
        <source>All events in view</source>
        <translation>视图内全部事件</translation>
    </message>
    <message>
        <source> (UTC days)</source>
        <translation>（按 UTC 日界）</translation>
    </message>
    <message>
        <source>taking part: %1</source>
        <translation>参与者：%1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>amounts %1 to %2 %3</source>
        <translation>金额 %1 至 %2 %3</translation>
    </message>
    <message>
        <source>amounts from %1 %2</source>
        <translation>金额不低于 %1 %2</translation>
    </message>
</context>
<context>
    <name>cb::widgets::TimelineView</name>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间按 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>视图内 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>导出时间轴图片</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this timeline view:</source>
        <translation>此时间轴视图的名称：</translation>
    </message>
    <message>
        <source>Lanes by kind</source>
        <translation>按类型分泳道</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>按实体分泳道</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Whole Period</source>
        <translation>全部时段</translation>
    </message>
    <message>
        <source>Log Scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel; drag across the density strip to zoom to a period)</source>
        <translation>放大（+ 键或鼠标滚轮；在密度条上拖动可缩放到某一时段）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（- 键）</translation>
    </message>
    <message>
        <source>Show the case&apos;s whole period (Home)</source>
        <translation>显示案件全部时段（Home 键）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Only the events people with these roles take part in</source>
        <translation>仅显示具有这些角色的人员参与的事件</translation>
    </message>
    <message>
        <source>Filter by text (Enter)</source>
        <translation>按文字筛选（回车）</translation>
    </message>
    <message>
        <source>each event&apos;s own recorded offset</source>
        <translation>各事件自身记录的时差</translation>
    </message>
    <message>
        <source>Sources&apos; Local Time</source>
        <translation>来源本地时间</translation>
    </message>
    <message>
        <source>Count the heatmap&apos;s hours as each source recorded them (the phone&apos;s or bank&apos;s own offset), not in the case&apos;s zone</source>
        <translation>热力图的小时按各来源记录的时间计算（手机或银行自身的时差），而不按案件时区</translation>
    </message>
</context>
</TS>
