#pragma once

#include <QObject>
#include <QString>

namespace guild::app {

/// Writes what the member may read (an article, a lesson) to a file of theirs: its Markdown as is,
/// or a PDF laid out from it. The work runs on a pool thread: the window never waits on the disk.
class ArticleExporter final : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Markdown,
        Pdf
    };
    /// What is written: a title, a line under it (author, date) and the Markdown text.
    struct Piece
    {
        QString title;
        QString byline;
        QString markdown;
    };

    using QObject::QObject;

    /// Answers with exported().
    void write(const Piece &piece, const QString &path, Format format);
    /// The Markdown file's text.
    static QString markdownOf(const Piece &piece);

Q_SIGNALS:
    /// `error` is empty when the file was written.
    void exported(const QString &path, const QString &error);
};

} // namespace guild::app
