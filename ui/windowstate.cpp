#include "windowstate.h"

#include "keyboardnavigation.h"
#include "mainwindow.h"

#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace guild::ui::WindowState {

namespace {
const QString Geometry = u"window/geometry"_s;
const QString Panel = u"window/panel"_s;
const QString Article = u"window/article"_s;
const QString Zoom = u"window/readingZoom"_s;
const QString Splitters = u"window/splitters/"_s;
} // namespace

void save(const MainWindow &window, QSettings &settings)
{
    settings.setValue(Geometry, window.saveGeometry());
    settings.setValue(Panel, int(window.currentPanel()));
    settings.setValue(Article, window.openArticleId());
    settings.setValue(Zoom, window.keyboard()->readingZoom());
    const QList<QSplitter *> splitters = window.findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(Splitters + splitter->objectName(), splitter->saveState());
        }
    }
}

void restore(MainWindow &window, const QSettings &settings)
{
    // A kept geometry that no longer fits a screen (a monitor unplugged) is put back on one by Qt.
    if (!window.restoreGeometry(settings.value(Geometry).toByteArray())) {
        window.resize(1280, 800);
    }
    const QList<QSplitter *> splitters = window.findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QByteArray state = settings.value(Splitters + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty()) {
            splitter->restoreState(state);
        }
    }
    const int panel = settings.value(Panel, int(MainWindow::FeedPage)).toInt();
    if (panel >= MainWindow::FeedPage && panel <= MainWindow::SavedPage &&
        window.panelAvailable(MainWindow::Panel(panel))) {
        window.showPanel(MainWindow::Panel(panel));
    }
    window.keyboard()->setReadingZoom(settings.value(Zoom, 0).toInt());
    window.reopenArticle(settings.value(Article, 0).toLongLong());
}

} // namespace guild::ui::WindowState
