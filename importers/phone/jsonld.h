#pragma once
// A JSON-LD document read through its own @context. Every property and type is expanded to its IRI and
// then named by vocabulary ("observable:Call", "core:hasFacet"), so a file that binds other prefixes, or
// none (@vocab, full IRIs), reads the same. UCO 0.x ("…/ontology/uco/observable#Call") and 1.x
// ("…/uco/observable/Call") IRIs get the same names. Embedded objects (facets) become nodes of their own
// and are reached through references, like nodes at the top of @graph.
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace cb::importers::jsonld {

struct Node;

// One value of a property: a literal (text) or a reference to a node (id, node when it is in the file).
struct Value
{
    QString text;
    QString id;
    const Node *node = nullptr;
};

struct Node
{
    QString id;      // as written in the file (compact form), or "" for an anonymous object
    QString locator; // "@graph[4]" / "@graph[4].core:hasFacet[1]" plus the @id: where it is in the file
    QStringList types;
    std::vector<std::pair<QString, Value>> properties;

    bool is(const QString &type) const { return types.contains(type); }
    QString text(const QString &property) const;             // the first literal, trimmed
    std::vector<const Node *> refs(const QString &property) const; // referenced nodes found in the file
    std::vector<const Node *> facets() const { return refs(QStringLiteral("core:hasFacet")); }
    // The first facet of this type, or the node itself when it carries the type (a facet's own node).
    const Node *facet(const QString &type) const;
};

class Document
{
public:
    // Parses and indexes the document. Fails on JSON syntax errors and on nesting deeper than maxDepth.
    static Result<std::unique_ptr<Document>> read(const QByteArray &json, int maxDepth = 256);

    // The top-level objects: @graph, a CASE bundle's core:object, or the document itself.
    const std::vector<const Node *> &top() const { return m_top; }
    const std::vector<std::unique_ptr<Node>> &all() const { return m_nodes; }
    const Node *find(const QString &id) const { return m_byId.value(id); }
    // Prefixes the context binds (for messages and tests): prefix -> IRI.
    const QHash<QString, QString> &prefixes() const { return m_prefixes; }

private:
    friend class Reader;
    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<const Node *> m_top;
    QHash<QString, const Node *> m_byId;
    QHash<QString, QString> m_prefixes;
};

// The vocabulary name of an expanded IRI ("observable:Call"), or the IRI itself for other vocabularies.
QString vocabularyName(const QString &iri);

} // namespace cb::importers::jsonld
