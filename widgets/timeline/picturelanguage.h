#pragma once
// Pictures drawn for an evidence packet speak the packet's language, whatever the workbench's is. install()
// puts a forwarding translator first in line (on the main thread, after the application's own, and again
// after they are replaced);
// while a PictureLanguage lives on a thread, the painters' texts on that thread come from its translator.
class QTranslator;

namespace cb::widgets {

class PictureLanguage
{
public:
    explicit PictureLanguage(const QTranslator *translator);
    ~PictureLanguage();
    PictureLanguage(const PictureLanguage &) = delete;
    PictureLanguage &operator=(const PictureLanguage &) = delete;
    static void install();

private:
    const QTranslator *m_previous;
    bool m_wasActive;
};

} // namespace cb::widgets
