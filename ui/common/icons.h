#pragma once

#include <QIcon>

namespace guild::ui {

/// The pictures Guild's interface uses, by what they stand for.
enum class Icon
{
    Feed,
    Courses,
    Chat,
    Membership,
    Community,
    Admin,
    Dashboard,
    Saved,
    Notifications,
    Copy,
    NewestBelow,
    Shortcuts,
    Search,
    Events,
    Leaderboard,
    Reply,
    Tiers,
};

/// The icon for what, from the bundled set (resources/icons), drawn in the text colour of whatever
/// palette it is painted with: crisp at any size and scale, and right in the light and the dark theme.
QIcon icon(Icon what);

/// Guild's own application icon, in colour.
QIcon applicationIcon();

} // namespace guild::ui
