#include "tabular/headerwords.h"

#include "tabular/profile.h"

#include <QHash>

namespace cb::importers {

namespace {
// The words statement and call-record headers use for each field, in the languages investigators meet:
// Chinese, English, Russian, German, French, Dutch, Spanish, Portuguese and Italian. Compared after
// headerKey() (lower case, spaces removed, full-width brackets folded). A longer word that matches wins
// over a shorter one ("对方账号" is the counterparty's account, not the statement's "账号").
struct Words
{
    const char *field;
    std::initializer_list<const char16_t *> words;
};

const Words kWords[] = {
    {"time", {u"交易时间", u"时间", u"交易日期时间", u"记账时间", u"datetime", u"date/time", u"timestamp", u"transaction time",
              u"время", u"дата и время", u"zeit", u"zeitpunkt", u"heure", u"date et heure", u"tijd", u"tijdstip", u"hora", u"fecha y hora",
              u"data e hora", u"ora", u"data e ora"}},
    {"date", {u"日期", u"交易日期", u"记账日期", u"入账日期", u"date", u"booking date", u"transaction date", u"posting date",
              u"posted", u"дата", u"дата операции", u"дата проводки", u"datum", u"buchungsdatum", u"buchungstag", u"date opération",
              u"date de l'opération", u"date comptable", u"boekdatum", u"transactiedatum", u"fecha", u"fecha operación",
              u"fecha de operación", u"data", u"data operação", u"data do movimento", u"data movimento", u"data operazione",
              u"data contabile"}},
    {"value_date", {u"起息日", u"value date", u"valuta", u"valutadatum", u"wertstellung", u"дата валютирования", u"date de valeur",
                    u"rentedatum", u"fecha valor", u"data valor", u"data valuta"}},
    {"time_of_day", {u"时刻", u"uhrzeit", u"heure", u"время операции"}},
    {"amount", {u"金额", u"交易金额", u"发生额", u"amount", u"sum", u"сумма", u"сумма операции", u"betrag", u"umsatz",
                u"montant", u"bedrag", u"importe", u"monto", u"valor", u"montante", u"importo"}},
    {"credit", {u"贷", u"贷方", u"贷方金额", u"贷方发生额", u"收入", u"收入金额", u"存入", u"存入金额", u"credit", u"money in", u"paid in",
                u"deposit", u"deposits", u"кредит", u"приход", u"поступление", u"зачисление", u"haben", u"gutschrift", u"eingang",
                u"crédit", u"bij", u"abono", u"haber", u"ingreso", u"ingresos", u"crédito", u"entrada", u"avere", u"entrate"}},
    {"debit", {u"借", u"借方", u"借方金额", u"借方发生额", u"支出", u"支出金额", u"取出", u"取出金额", u"debit", u"money out", u"paid out",
               u"withdrawal", u"withdrawals", u"дебет", u"расход", u"списание", u"soll", u"lastschrift", u"ausgang", u"débit", u"af",
               u"cargo", u"cargos", u"debe", u"gasto", u"débito", u"saída", u"dare", u"uscite"}},
    {"flag", {u"借贷标志", u"借贷", u"收/支", u"收支", u"收付标志", u"借贷方向", u"dr/cr", u"d/c", u"debit/credit", u"credit/debit",
              u"c/d", u"дебет/кредит", u"soll/haben", u"s/h", u"débit/crédit", u"af/bij", u"af bij", u"d/h", u"débito/crédito",
              u"dare/avere", u"segno"}},
    {"balance", {u"余额", u"账户余额", u"交易后余额", u"balance", u"running balance", u"остаток", u"баланс", u"saldo", u"kontostand",
                 u"solde", u"saldo na transactie"}},
    {"currency", {u"币种", u"货币", u"币别", u"currency", u"ccy", u"валюта", u"währung", u"devise", u"monnaie", u"munt", u"valuta",
                  u"moneda", u"divisa", u"moeda"}},
    {"account", {u"账号", u"卡号", u"本方账号", u"账户", u"交易卡号", u"account", u"account number", u"own account", u"счет", u"счёт",
                 u"номер счета", u"номер счёта", u"konto", u"kontonummer", u"auftragskonto", u"compte", u"numéro de compte", u"rekening",
                 u"rekeningnummer", u"cuenta", u"número de cuenta", u"conta", u"número da conta", u"conto", u"numero conto"}},
    {"account_name", {u"户名", u"本方户名", u"account name", u"account holder", u"владелец счета", u"kontoinhaber", u"titulaire",
                      u"rekeninghouder", u"titular", u"intestatario"}},
    {"counterparty_account", {u"对方账号", u"对方账户", u"对手账号", u"对方卡号", u"对手卡号", u"收款账号", u"付款账号",
                              u"counterparty account", u"payee account", u"beneficiary account", u"counter account", u"iban",
                              u"счет контрагента", u"счёт контрагента", u"счет получателя", u"счёт получателя", u"gegenkonto",
                              u"iban gegenkonto", u"compte contrepartie", u"tegenrekening", u"cuenta contrapartida",
                              u"cuenta beneficiario", u"conta contraparte", u"conto controparte"}},
    {"counterparty_name", {u"对方户名", u"对方名称", u"对手户名", u"交易对方", u"对方", u"收款人", u"付款人", u"counterparty",
                           u"counterparty name", u"payee", u"beneficiary", u"payer", u"name", u"контрагент", u"получатель",
                           u"плательщик", u"наименование контрагента", u"empfänger", u"auftraggeber", u"name", u"zahlungspflichtiger",
                           u"bénéficiaire", u"tiers", u"contrepartie", u"naam", u"naam tegenpartij", u"tegenpartij", u"beneficiario",
                           u"ordenante", u"contraparte", u"favorecido", u"beneficiário", u"controparte"}},
    {"description", {u"摘要", u"备注", u"附言", u"用途", u"交易摘要", u"说明", u"交易说明", u"description", u"details", u"memo",
                     u"narrative", u"purpose", u"назначение платежа", u"назначение", u"описание", u"verwendungszweck", u"buchungstext",
                     u"beschreibung", u"libellé", u"libelle", u"motif", u"omschrijving", u"mededelingen", u"concepto", u"descripción",
                     u"descrição", u"histórico", u"descrizione", u"causale"}},
    {"reference", {u"流水号", u"交易流水号", u"凭证号", u"交易单号", u"交易号", u"reference", u"ref", u"transaction id",
                   u"номер документа", u"референс", u"referenz", u"référence", u"referentie", u"referencia", u"referência",
                   u"riferimento"}},
    {"channel", {u"交易渠道", u"渠道", u"交易方式", u"channel", u"канал", u"kanal", u"canal", u"kanaal", u"canale"}},
    {"start_time", {u"通话时间", u"开始时间", u"起始时间", u"通话开始时间", u"通话日期", u"start time", u"call time", u"call date",
                    u"время звонка", u"время вызова", u"начало", u"beginn", u"startzeit", u"anrufzeit", u"début", u"heure de début",
                    u"date d'appel", u"starttijd", u"hora inicio", u"hora de inicio", u"fecha llamada", u"início", u"data da chamada",
                    u"inizio", u"data chiamata"}},
    {"subscriber", {u"本机号码", u"用户号码", u"机主号码", u"本方号码", u"本端号码", u"msisdn", u"subscriber", u"target",
                    u"target number", u"абонент", u"номер абонента", u"teilnehmer", u"anschluss", u"abonné", u"abonnee", u"abonado",
                    u"assinante", u"abbonato", u"utenza"}},
    {"other_party", {u"对方号码", u"对端号码", u"对方", u"other party", u"other number", u"b-number", u"number", u"номер собеседника",
                     u"собеседник", u"другой абонент", u"gegenstelle", u"rufnummer", u"correspondant", u"numéro", u"tegennummer",
                     u"nummer", u"otro número", u"número", u"outro número", u"altro numero", u"numero"}},
    {"caller", {u"主叫号码", u"主叫", u"caller", u"calling number", u"a-number", u"from", u"вызывающий", u"вызывающий номер", u"anrufer",
                u"a-teilnehmer", u"appelant", u"beller", u"llamante", u"origen", u"chamador", u"origem", u"chiamante"}},
    {"callee", {u"被叫号码", u"被叫", u"callee", u"called number", u"to", u"вызываемый", u"вызываемый номер", u"angerufener",
                u"b-teilnehmer", u"appelé", u"gebelde", u"llamado", u"destino", u"chamado", u"chiamato"}},
    {"direction", {u"呼叫类型", u"通话类型", u"主被叫", u"呼叫方向", u"通话状态", u"direction", u"call type", u"type", u"направление",
                   u"тип вызова", u"тип", u"richtung", u"anrufart", u"sens", u"type d'appel", u"richting", u"dirección", u"tipo",
                   u"direção", u"direzione"}},
    {"duration", {u"通话时长", u"时长", u"通话时长(秒)", u"duration", u"seconds", u"duration (s)", u"длительность",
                  u"продолжительность", u"dauer", u"durée", u"duur", u"duración", u"duração", u"durata"}},
    {"cell_id", {u"基站", u"小区", u"小区号", u"基站号", u"cell", u"cell id", u"ci", u"базовая станция", u"сота", u"funkzelle", u"zelle",
                 u"cellule", u"cel", u"celda", u"célula", u"cella"}},
    {"lac", {u"lac", u"位置区", u"位置区码", u"tac"}},
    {"imei", {u"imei", u"串号", u"设备号", u"手机串号"}},
    {"imsi", {u"imsi"}},
};

using WordMap = QHash<QString, QList<QPair<QString, QString>>>; // field -> (key, word)

const WordMap &words()
{
    static const WordMap map = [] {
        WordMap m;
        for (const Words &w : kWords)
            for (const char16_t *word : w.words)
                m[QLatin1String(w.field)].append({headerKey(QString::fromUtf16(word)), QString::fromUtf16(word)});
        return m;
    }();
    return map;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}
} // namespace

QStringList headerWordFields()
{
    QStringList out;
    for (const Words &w : kWords)
        out << QLatin1String(w.field);
    return out;
}

double headerWordScore(const QString &key, const QString &field)
{
    if (key.isEmpty())
        return 0;
    double best = 0;
    for (const auto &[word, original] : words().value(field)) {
        Q_UNUSED(original)
        if (key == word)
            return 1.0;
        // A word inside a longer header ("交易金额（元）", "Сумма операции в валюте"): the longer the word
        // is against the header, the surer.
        const bool long_enough = word.size() >= 4 || (word.size() >= 2 && isCjk(word[0]));
        if (long_enough && key.contains(word))
            best = qMax(best, 0.6 + 0.3 * double(word.size()) / double(key.size()));
    }
    return best;
}

} // namespace cb::importers
