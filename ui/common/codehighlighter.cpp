#include "codehighlighter.h"

#include <QHash>
#include <QMutex>

#include <exception>
#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/formatterparams.h>
#include <srchilite/instances.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {

using Kind = CodeHighlighter::Kind;

// Names people write after a fence that Source-highlight's lang.map does not list.
QString canonicalLanguage(const QString &written)
{
    static const QHash<QString, QString> aliases{
        {u"c++"_s, u"cpp"_s},    {u"cxx"_s, u"cpp"_s},    {u"rust"_s, u"rs"_s},  {u"golang"_s, u"go"_s},
        {u"py3"_s, u"python"_s}, {u"console"_s, u"sh"_s}, {u"zsh"_s, u"sh"_s},   {u"postgresql"_s, u"sql"_s},
        {u"sqlite"_s, u"sql"_s}, {u"mysql"_s, u"sql"_s},  {u"psql"_s, u"sql"_s}, {u"jsx"_s, u"js"_s},
    };
    const QString lower = written.trimmed().toLower();
    return aliases.value(lower, lower);
}

struct Token
{
    int byteStart;
    int byteLength;
    Kind kind;
};

// A formatter per kind of element: it notes where the element was in the line being highlighted.
class SpanFormatter final : public srchilite::Formatter
{
public:
    SpanFormatter(Kind kind, std::vector<Token> *&sink)
        : m_kind(kind)
        , m_sink(sink)
    {}

    void format(const std::string &s, const srchilite::FormatterParams *params) override
    {
        if (m_sink && params && params->start >= 0 && !s.empty()) {
            m_sink->push_back({params->start, int(s.size()), m_kind});
        }
    }

private:
    Kind m_kind;
    std::vector<Token> *&m_sink;
};

class PlainFormatter final : public srchilite::Formatter
{
public:
    void format(const std::string &, const srchilite::FormatterParams *) override {}
};

// Source-highlight's element names (see its default.style) by the kind Guild colours them as.
const std::vector<std::pair<std::string, Kind>> &elements()
{
    static const std::vector<std::pair<std::string, Kind>> all{
        {"keyword", Kind::Keyword},      {"type", Kind::Type},
        {"usertype", Kind::Type},        {"classname", Kind::Type},
        {"string", Kind::String},        {"regexp", Kind::String},
        {"specialchar", Kind::String},   {"comment", Kind::Comment},
        {"todo", Kind::Comment},         {"number", Kind::Number},
        {"preproc", Kind::Preprocessor}, {"function", Kind::Function},
    };
    return all;
}

// Source-highlight's language definitions and maps are process-wide instances and not thread-safe;
// documents are also laid out off the GUI thread (PDF export), so one block is highlighted at a time.
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

std::string langFile(const QString &language)
{
    const QString name = canonicalLanguage(language);
    if (name.isEmpty() || name.size() > 32) {
        return {};
    }
    try {
        return srchilite::Instances::getLangMap()->getMappedFileName(name.toStdString());
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

bool CodeHighlighter::knows(const QString &language)
{
    QMutexLocker locker(&lock());
    return !langFile(language).empty();
}

QList<QList<CodeHighlighter::Span>> CodeHighlighter::highlight(const QString &language, const QStringList &lines)
{
    QList<QList<Span>> result(lines.size());
    QMutexLocker locker(&lock());
    const std::string file = langFile(language);
    if (file.empty()) {
        return result;
    }
    try {
        srchilite::HighlightStatePtr state =
            srchilite::Instances::getLangDefManager()->getHighlightState(srchilite::Settings::retrieveDataDir(), file);
        std::vector<Token> *sink = nullptr;
        srchilite::FormatterManager formatters(srchilite::FormatterPtr(new PlainFormatter));
        for (const auto &[name, kind] : elements()) {
            formatters.addFormatter(name, srchilite::FormatterPtr(new SpanFormatter(kind, sink)));
        }
        srchilite::SourceHighlighter highlighter(state);
        highlighter.setFormatterManager(&formatters);
        srchilite::FormatterParams params;
        highlighter.setFormatterParams(&params);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const QByteArray utf8 = line.toUtf8();
            std::vector<Token> tokens;
            sink = &tokens;
            params.start = 0;
            highlighter.highlightParagraph(std::string(utf8.constData(), size_t(utf8.size())));
            sink = nullptr;
            // Source-highlight counts bytes of UTF-8; the document counts UTF-16 units.
            std::vector<qsizetype> unitAt(size_t(utf8.size()) + 1, line.size());
            qsizetype byte = 0;
            for (qsizetype unit = 0; unit < line.size(); ++unit) {
                const char16_t c = line.at(unit).unicode();
                const qsizetype bytes = QChar::isHighSurrogate(c) ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                for (qsizetype b = byte; b < byte + bytes && b < utf8.size(); ++b) {
                    unitAt[size_t(b)] = unit;
                }
                byte += bytes;
                unit += bytes == 4 ? 1 : 0;
            }
            QList<Span> &spans = result[i];
            for (const Token &t : tokens) {
                const size_t end = size_t(std::min<qsizetype>(t.byteStart + t.byteLength, utf8.size()));
                const qsizetype from = unitAt[size_t(std::min<qsizetype>(t.byteStart, utf8.size()))];
                const qsizetype to = unitAt[end];
                if (to <= from) {
                    continue;
                }
                // An element comes in pieces (a comment's marker, then its text): one span for the run.
                if (!spans.isEmpty() && spans.last().kind == t.kind &&
                    spans.last().start + spans.last().length == from) {
                    spans.last().length = to - spans.last().start;
                } else {
                    spans.append({from, to - from, t.kind});
                }
            }
        }
    } catch (const std::exception &) {
        // A language definition that does not load leaves the code plain.
        return QList<QList<Span>>(lines.size());
    }
    return result;
}

QColor CodeHighlighter::colour(Kind kind, bool dark)
{
    switch (kind) {
    case Kind::Keyword:
        return dark ? QColor(0xff7b72) : QColor(0xcf222e);
    case Kind::Type:
        return dark ? QColor(0xffa657) : QColor(0x953800);
    case Kind::String:
        return dark ? QColor(0xa5d6ff) : QColor(0x0a3069);
    case Kind::Comment:
        return dark ? QColor(0x8b949e) : QColor(0x6e7781);
    case Kind::Number:
        return dark ? QColor(0x79c0ff) : QColor(0x0550ae);
    case Kind::Preprocessor:
        return dark ? QColor(0xff7b72) : QColor(0xcf222e);
    case Kind::Function:
        return dark ? QColor(0xd2a8ff) : QColor(0x8250df);
    }
    return {};
}

} // namespace guild::ui
