#pragma once

#include <QObject>
#include <QPalette>

class QDBusVariant;

namespace guild::ui {

/// Shows Guild in the light or the dark scheme: the member's choice, or the desktop's preference.
///
/// The desktop's preference is read from the freedesktop settings portal (what GNOME and KDE answer,
/// asked without waiting, followed when it changes); without a portal, from whether the palette the
/// platform gave is a dark one. Applying a scheme is setting the application's palette; everything in
/// Guild draws from the palette (ui/common/theme.h), so nothing needs telling.
class ThemeController final : public QObject
{
    Q_OBJECT
public:
    enum class Appearance
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Appearance)

    explicit ThemeController(QObject *parent = nullptr);

    Appearance appearance() const { return m_appearance; }
    void setAppearance(Appearance appearance);
    bool isDark() const { return m_dark; }

    /// What the desktop prefers; called by the portal's answers (and by tests, which have no desktop).
    void setSystemPrefersDark(bool dark);

    static QString settingsValue(Appearance appearance);
    static Appearance fromSettingsValue(const QString &value);

signals:
    void schemeChanged(bool dark);

private:
    void askPortal();
    Q_SLOT void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
    void apply();

    QPalette m_platformPalette;
    bool m_platformDark = false;
    bool m_systemDark = false;
    Appearance m_appearance = Appearance::System;
    bool m_dark = false;
};

} // namespace guild::ui
