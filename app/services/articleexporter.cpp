#include "articleexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QTextDocument>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

/// A document that loads nothing: an author's image links stay links, in the PDF as on screen.
class InertDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString writeMarkdown(const ArticleExporter::Piece &piece, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ArticleExporter::markdownOf(piece).toUtf8()) < 0 ||
        !file.commit()) {
        return file.errorString();
    }
    return {};
}

QString writePdf(const ArticleExporter::Piece &piece, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4))) {
        return ArticleExporter::tr("Could not lay out the page.");
    }
    writer.setTitle(piece.title);
    writer.setCreator(u"Guild"_s);
    InertDocument document;
    document.setMarkdown(ArticleExporter::markdownOf(piece), QTextDocument::MarkdownNoHTML);
    document.print(&writer);
    return QFile::exists(path) ? QString() : ArticleExporter::tr("Could not write the file.");
}

} // namespace

QString ArticleExporter::markdownOf(const Piece &piece)
{
    QString out = u"# "_s + piece.title.simplified() + u"\n\n"_s;
    if (!piece.byline.isEmpty()) {
        out += u"*"_s + piece.byline.simplified() + u"*\n\n"_s;
    }
    return out + piece.markdown + u"\n"_s;
}

void ArticleExporter::write(const Piece &piece, const QString &path, Format format)
{
    QThreadPool::globalInstance()->start([self = QPointer<ArticleExporter>(this), piece, path, format] {
        const QString error = format == Format::Pdf ? writePdf(piece, path) : writeMarkdown(piece, path);
        // Back on the application's thread, and only if the exporter is still there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, path, error] {
                if (self) {
                    Q_EMIT self->exported(path, error);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace guild::app
