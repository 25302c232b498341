#include "phone/jsonld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cb::importers::jsonld {

QString Node::text(const QString &property) const
{
    for (const auto &[name, v] : properties)
        if (name == property && !v.text.isNull())
            return v.text.trimmed();
    return {};
}

std::vector<const Node *> Node::refs(const QString &property) const
{
    std::vector<const Node *> out;
    for (const auto &[name, v] : properties)
        if (name == property && v.node)
            out.push_back(v.node);
    return out;
}

const Node *Node::facet(const QString &type) const
{
    if (is(type))
        return this;
    for (const Node *f : facets())
        if (f->is(type))
            return f;
    return nullptr;
}

QString vocabularyName(const QString &iri)
{
    // UCO 1.x: https://ontology.unifiedcyberontology.org/uco/observable/Call
    // UCO 0.x: https://unifiedcyberontology.org/ontology/uco/observable#Call (CASE likewise)
    static const QRegularExpression uco(QStringLiteral("unifiedcyberontology\\.org/(?:ontology/)?uco/([A-Za-z-]+)[/#]([^/#]+)$"));
    static const QRegularExpression caseOnt(QStringLiteral("caseontology\\.org/(?:ontology/)?case/([A-Za-z-]+)[/#]([^/#]+)$"));
    static const QRegularExpression co(QStringLiteral("^http://purl\\.org/co/([^/#]+)$"));
    QRegularExpressionMatch m = uco.match(iri);
    if (m.hasMatch())
        return m.captured(1) + u':' + m.captured(2);
    m = caseOnt.match(iri);
    if (m.hasMatch())
        return QStringLiteral("case-") + m.captured(1) + u':' + m.captured(2);
    m = co.match(iri);
    if (m.hasMatch())
        return QStringLiteral("co:") + m.captured(1);
    return iri;
}

class Reader
{
public:
    Reader(Document &doc, int maxDepth) : m_doc(doc), m_maxDepth(maxDepth) {}

    void context(const QJsonValue &c, int depth = 0)
    {
        if (depth > 8)
            return;
        if (c.isArray()) {
            for (const QJsonValue &v : c.toArray())
                context(v, depth + 1);
            return;
        }
        const QJsonObject o = c.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"@vocab")
                m_vocab = it.value().toString();
            else if (it.key() == u"@base")
                m_base = it.value().toString();
            else if (!it.key().startsWith(u'@'))
                m_terms.insert(it.key(), it.value().isObject() ? it.value().toObject().value(QStringLiteral("@id")).toString() : it.value().toString());
        }
    }

    // JSON-LD IRI expansion: keywords stay, terms and compact IRIs (prefix:suffix) expand through the
    // context, "//" after the colon marks an absolute IRI, and vocabulary-relative names fall back to @vocab.
    QString expand(const QString &s, bool vocab, int depth = 0) const
    {
        if (s.startsWith(u'@') || depth > 8)
            return s;
        if (vocab) {
            const auto t = m_terms.constFind(s);
            if (t != m_terms.constEnd() && !t->isEmpty())
                return expand(*t, true, depth + 1);
        }
        const qsizetype colon = s.indexOf(u':');
        if (colon > 0) {
            const QString prefix = s.left(colon);
            if (prefix == u"_" || s.mid(colon + 1).startsWith(QLatin1String("//")))
                return s;
            const auto t = m_terms.constFind(prefix);
            if (t != m_terms.constEnd() && !t->isEmpty())
                return expand(*t, false, depth + 1) + s.mid(colon + 1);
            return s;
        }
        if (vocab && !m_vocab.isEmpty())
            return m_vocab + s;
        return m_base.isEmpty() ? s : m_base + s;
    }

    Result<const Node *> node(const QJsonObject &o, const QString &path, int depth)
    {
        if (depth > m_maxDepth)
            return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the JSON-LD nests objects too deeply to be a forensic export")), path);
        auto n = std::make_unique<Node>();
        Node *self = n.get();
        m_doc.m_nodes.push_back(std::move(n));
        self->id = o.value(QStringLiteral("@id")).toString();
        self->locator = self->id.isEmpty() ? path : self->id;
        const QJsonValue t = o.value(QStringLiteral("@type"));
        for (const QJsonValue &v : t.isArray() ? t.toArray() : QJsonArray{t})
            if (v.isString())
                self->types << vocabularyName(expand(v.toString(), true));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (key.startsWith(u'@') && key != u"@graph")
                continue;
            const QString name = key == u"@graph" ? key : vocabularyName(expand(key, true));
            const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QString at = path + u'.' + name + u'[' + QString::number(i) + u']';
                Result<Value> v = value(values.at(i), at, depth + 1);
                if (!v)
                    return v.status();
                self->properties.emplace_back(name, std::move(v.value()));
            }
        }
        if (!self->id.isEmpty()) {
            const QString key = expand(self->id, false);
            const Node *had = m_doc.m_byId.value(key);
            if (!had || had->properties.size() < self->properties.size())
                m_doc.m_byId.insert(key, self);
        }
        return self;
    }

    Result<Value> value(const QJsonValue &v, const QString &path, int depth)
    {
        Value out;
        switch (v.type()) {
        case QJsonValue::String:
            out.text = v.toString();
            break;
        case QJsonValue::Bool:
            out.text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            out.text = d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("@value"))) {
                Result<Value> inner = value(o.value(QStringLiteral("@value")), path, depth + 1);
                return inner;
            }
            if (o.contains(QStringLiteral("@list")) || o.contains(QStringLiteral("@set"))) {
                // Ordered lists keep their first item here; UCO uses lists only for ordered threads.
                const QJsonValue l = o.contains(QStringLiteral("@list")) ? o.value(QStringLiteral("@list")) : o.value(QStringLiteral("@set"));
                const QJsonArray a = l.toArray();
                return a.isEmpty() ? Result<Value>(out) : value(a.first(), path, depth + 1);
            }
            if (o.size() == 1 && o.contains(QStringLiteral("@id"))) {
                out.id = expand(o.value(QStringLiteral("@id")).toString(), false);
                break;
            }
            Result<const Node *> n = node(o, path, depth);
            if (!n)
                return n.status();
            out.node = n.value();
            out.id = out.node->id.isEmpty() ? QString() : expand(out.node->id, false);
            break;
        }
        case QJsonValue::Array:
            return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a JSON-LD value is a list inside a list")), path);
        default:
            break;
        }
        return out;
    }

    // References by @id point at nodes defined anywhere in the file (before or after them).
    void resolve()
    {
        for (const auto &n : m_doc.m_nodes)
            for (auto &[name, v] : n->properties)
                if (!v.node && !v.id.isEmpty())
                    v.node = m_doc.m_byId.value(v.id);
    }

    void prefixes()
    {
        for (auto it = m_terms.constBegin(); it != m_terms.constEnd(); ++it)
            m_doc.m_prefixes.insert(it.key(), expand(it.value(), false));
    }

private:
    Document &m_doc;
    int m_maxDepth;
    QString m_vocab, m_base;
    QHash<QString, QString> m_terms;
};

Result<std::unique_ptr<Document>> Document::read(const QByteArray &json, int maxDepth)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(err.offset).count('\n') + 1;
        return Status::error(err.error == QJsonParseError::DeepNesting
                                 ? QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the JSON is nested too deeply to read (more than 1024 levels)"))
                                 : QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file is not valid JSON")),
                             QStringLiteral("line %1").arg(line));
    }
    auto d = std::make_unique<Document>();
    Reader r(*d, maxDepth);
    const QJsonArray roots = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    std::vector<const Node *> rootNodes;
    for (qsizetype i = 0; i < roots.size(); ++i) {
        const QJsonObject o = roots.at(i).toObject();
        r.context(o.value(QStringLiteral("@context")));
        Result<const Node *> n = r.node(o, doc.isArray() ? QStringLiteral("[%1]").arg(i) : QStringLiteral("$"), 0);
        if (!n)
            return n.status();
        rootNodes.push_back(n.value());
    }
    r.resolve();
    r.prefixes();
    for (const Node *root : rootNodes) {
        std::vector<const Node *> inner = root->refs(QStringLiteral("@graph"));
        for (const Node *o : root->refs(QStringLiteral("core:object")))
            inner.push_back(o);
        if (inner.empty())
            d->m_top.push_back(root);
        else
            d->m_top.insert(d->m_top.end(), inner.begin(), inner.end());
    }
    return d;
}

} // namespace cb::importers::jsonld
