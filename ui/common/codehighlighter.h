#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace guild::ui {

/// Finds the keywords, types, strings, comments and numbers of fenced code, by the fence's language,
/// with GNU Source-highlight's language definitions (C, C++, Python, Java, Go, Rust, JavaScript, SQL,
/// shell and the other languages Debian's source-highlight knows).
class CodeHighlighter
{
public:
    enum class Kind
    {
        Keyword,
        Type,
        String,
        Comment,
        Number,
        Preprocessor,
        Function
    };

    struct Span
    {
        qsizetype start = 0; // in UTF-16 units of the line, as QString counts
        qsizetype length = 0;
        Kind kind = Kind::Keyword;
        friend bool operator==(const Span &, const Span &) = default;
    };

    /// The spans of each line of one block of code in language (as written after the fence: "cpp",
    /// "c++", "python", "sql", …); empty lists for a language it does not know. A comment or string
    /// that runs over several lines is followed from line to line.
    static QList<QList<Span>> highlight(const QString &language, const QStringList &lines);

    /// Whether language names one it knows.
    static bool knows(const QString &language);

    /// The colour of a kind in the light or the dark scheme (GitHub's two schemes, which members know).
    static QColor colour(Kind kind, bool dark);
};

} // namespace guild::ui
