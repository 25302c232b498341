#include "sessioncommand.h"

#include "session/caseworker.h"

namespace cb::widgets {

SessionEditCommand::SessionEditCommand(casefile::CaseWorker *worker, const QString &text) : QUndoCommand(text), m_worker(worker) {}

void SessionEditCommand::undo()
{
    if (m_worker)
        m_worker->undo(); // a refusal leaves the case as it was; the views follow what did change
}

void SessionEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (m_worker)
        m_worker->redo();
}

} // namespace cb::widgets
