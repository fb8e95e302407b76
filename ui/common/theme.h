#pragma once

#include <QColor>
#include <QPalette>

#include <initializer_list>
#include <utility>

class QWidget;

/// Guild's colours beyond the palette's own roles, for the light and the dark scheme.
///
/// Widgets ask for a colour by what it means (a positive change, a locked article's badge) from the
/// palette they are painting with, so a switch of scheme is a palette change and nothing is left light.
namespace guild::ui::theme {

enum class Role
{
    Positive,   // done, online, a rise, a correct answer
    Negative,   // an error, a fall, a failed send, a mention
    Warning,    // connecting, away
    Neutral,    // no change, muted text on a badge
    AlertBadge, // the unread badge with mentions (white text on it)
    QuietBadge, // the unread badge without mentions (white text on it)
    InfoChip,   // the background of an informative chip (tier, tag)
    InfoChipText,
    LockedChip, // the chip of something the member's tier does not include
    LockedChipText,
    PinnedChip,
    PinnedChipText,
    DigestChip,
    DigestChipText,
    Banner, // a notice across the top of a view (offline, upgrade)
    BannerText,
    Marked,        // the background of the member's own highlights in a text
    DoneDay,       // a day with a check-in in the calendar
    ChartActivity, // the series of the dashboard: A, P, C, B
    ChartParticipation,
    ChartContent,
    ChartBusiness,
};

/// Whether the palette is a dark one (its window darker than its text).
bool isDark(const QPalette &palette);

/// The colour for role in the scheme palette belongs to.
QColor color(Role role, const QPalette &palette);

/// Gives the widget's palette roles the colours of Guild's roles, now and whenever the scheme changes
/// (a palette set on a widget keeps its colours when the application's palette changes). Called again,
/// it replaces what an earlier call gave.
void tint(QWidget *widget, std::initializer_list<std::pair<QPalette::ColorRole, Role>> roles);

/// Guild's palettes (Breeze's colours), for Fusion and any other style.
QPalette lightPalette();
QPalette darkPalette();

} // namespace guild::ui::theme
