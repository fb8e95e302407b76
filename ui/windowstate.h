#pragma once

class QSettings;

namespace guild::ui {

class MainWindow;

/// What the window looked like at the last quit, kept in the settings and given back at the next
/// start: its size and place, every splitter's sizes, the open panel, the open article and the size of
/// the reading text.
namespace WindowState {

void save(const MainWindow &window, QSettings &settings);
/// Gives back what save() kept; the article opens once the feed has been read from the cache.
void restore(MainWindow &window, const QSettings &settings);

} // namespace WindowState

} // namespace guild::ui
