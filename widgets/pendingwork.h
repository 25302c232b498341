#pragma once
// Work a widget handed to another thread and whose continuation names the widget as its context
// (`future.then(this, ...)`): Qt requires the context to outlive the work, so a widget that can go
// first (a dialog closed mid-build, deleted on close) keeps its futures here and awaits them in its
// destructor, after cancelling what can be cancelled. Track the work's own future, never the
// continuation's: that one runs on the widget's thread, which is the one waiting.
#include <QFuture>
#include <QList>

namespace cb::widgets {

class PendingWork
{
public:
    template<typename T>
    void track(const QFuture<T> &work)
    {
        m_work.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_work.append(QFuture<void>(work));
    }
    void waitAll()
    {
        for (QFuture<void> &f : m_work)
            f.waitForFinished();
        m_work.clear();
    }

private:
    QList<QFuture<void>> m_work;
};

} // namespace cb::widgets
