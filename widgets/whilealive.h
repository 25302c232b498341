#pragma once
// A continuation for work on another thread that reaches a widget only while the widget exists.
// Qt 6.4's `future.then(widget, ...)` asserts (debug) or races (release) when the widget is destroyed
// before the work ends — a dialog closed mid-build, a view closed mid-layout — and awaiting the work in
// the destructor does not help: the future reads finished a moment before its continuation is
// dispatched. So the context is the application, which outlives every widget, and the widget is
// checked when the result arrives, on the GUI thread:
//     future.then(QCoreApplication::instance(), whileAlive<const T &>(this, [this](const T &r) { ... }));
// The result is always handed over from the event loop, never inside the call that attached it: a future
// that has already finished when `.then()` is called runs its continuation at once, on the calling thread,
// and a widget would then announce its result (a `loaded` signal) from its constructor, before anyone
// could connect to it.
#include <QMetaObject>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace cb::widgets {

template<typename Arg, typename W, typename F>
auto whileAlive(W *widget, F f)
{
    return [w = QPointer<W>(widget), f = std::move(f)](Arg arg) mutable {
        if (!w)
            return;
        QMetaObject::invokeMethod(
            w.data(),
            [w, f = std::move(f), value = std::decay_t<Arg>(std::forward<Arg>(arg))]() mutable {
                if (w)
                    f(std::move(value));
            },
            Qt::QueuedConnection);
    };
}

} // namespace cb::widgets
