#pragma once
// The workbench's undo stack over the case session's edits. An intent method runs on the worker's writer
// thread; once it has succeeded, a SessionEditCommand is pushed for it (its first redo() is the edit that
// already happened). Undo and redo ask the session to undo or redo its latest edit: the session keeps the
// inverse of every edit it made (the add/remove families live there), and writes each one audited.
// Every edit of the session comes from this stack, so the two stay in step.
#include <QPointer>
#include <QUndoCommand>

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class SessionEditCommand : public QUndoCommand
{
public:
    SessionEditCommand(casefile::CaseWorker *worker, const QString &text);
    void undo() override;
    void redo() override;

private:
    QPointer<casefile::CaseWorker> m_worker;
    bool m_done = true; // pushed after the edit was made
};

} // namespace cb::widgets
