#pragma once
// A continuation for work on another thread that reaches a widget only while the widget exists.
// Qt 6.4's `future.then(widget, ...)` asserts (debug) or races (release) when the widget is destroyed
// before the work ends — a dialog closed mid-build, a view closed mid-layout — and awaiting the work in
// the destructor does not help: the future reads finished a moment before its continuation is
// dispatched. So the context is the application, which outlives every widget, and the widget is
// checked when the result arrives, on the GUI thread:
//     future.then(QCoreApplication::instance(), whileAlive<const T &>(this, [this](const T &r) { ... }));
#include <QPointer>

#include <utility>

namespace cb::widgets {

template<typename Arg, typename W, typename F>
auto whileAlive(W *widget, F f)
{
    return [w = QPointer<W>(widget), f = std::move(f)](Arg arg) mutable {
        if (w)
            f(std::forward<Arg>(arg));
    };
}

} // namespace cb::widgets
