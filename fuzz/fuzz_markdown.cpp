// Markdown from other members as the client renders it: any text lays out without crashing, and no
// resource (picture, stylesheet) is ever loaded for it.
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
    document.setMarkdownSafely(QString::fromUtf8(guild::fuzz::bytes(data, size)), QPalette());
    document.setTextWidth(480);
    (void)document.documentLayout()->documentSize();
    (void)document.toPlainText();
    GUILD_FUZZ_CHECK(
        !document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png"))).isValid());
    return 0;
}
