// Markdown from other members as the client renders it: any text lays out without crashing, and no
// resource (picture, stylesheet) is ever loaded for it but the community's own pictures.
#include "fuzzinput.h"
#include "ui/common/markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) {
        return 0; // bodies are capped well below this on the server
    }
    guild::ui::SafeMarkdownDocument document;
    // As in a chat row: the community's pictures are on hand for odd ids, on their way for even ones.
    document.setPictureLookup([](qint64 id) {
        static const QImage kept = [] {
            QImage image(64, 16, QImage::Format_RGB32);
            image.fill(Qt::magenta);
            return image;
        }();
        return id % 2 ? kept : QImage();
    });
    document.setPictureBounds(QSizeF(360, 240));
    document.setTextWidth(480);
    document.setMarkdownSafely(QString::fromUtf8(guild::fuzz::bytes(data, size)), QPalette());
    (void)document.documentLayout()->documentSize();
    (void)document.toPlainText();
    GUILD_FUZZ_CHECK(
        !document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png"))).isValid());
    return 0;
}
