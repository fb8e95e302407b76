#include "themecontroller.h"

#include "theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light. Read answers a variant
// inside a variant.
bool prefersDark(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = qvariant_cast<QDBusVariant>(value).variant();
    }
    return value.toUInt() == 1;
}
} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QApplication::palette())
    , m_platformDark(theme::isDark(m_platformPalette))
    , m_systemDark(m_platformDark)
    , m_dark(m_platformDark)
{
    askPortal();
}

void ThemeController::setAppearance(Appearance appearance)
{
    m_appearance = appearance;
    apply();
}

void ThemeController::setSystemPrefersDark(bool dark)
{
    m_systemDark = dark;
    if (m_appearance == Appearance::System) {
        apply();
    }
}

QString ThemeController::settingsValue(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

ThemeController::Appearance ThemeController::fromSettingsValue(const QString &value)
{
    if (value == u"light"_s) {
        return Appearance::Light;
    }
    if (value == u"dark"_s) {
        return Appearance::Dark;
    }
    return Appearance::System;
}

void ThemeController::askPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    bus.connect(PortalService, PortalPath, PortalSettings, u"SettingChanged"_s, this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, u"Read"_s);
    read << AppearanceGroup << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QVariant> reply = *call;
        // No portal (a bare X server, CI): the platform's palette already said.
        if (!reply.isError()) {
            setSystemPrefersDark(prefersDark(reply.value()));
        }
    });
}

void ThemeController::portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group == AppearanceGroup && key == ColorSchemeKey) {
        setSystemPrefersDark(prefersDark(value.variant()));
    }
}

void ThemeController::apply()
{
    const bool dark = m_appearance == Appearance::Dark || (m_appearance == Appearance::System && m_systemDark);
    // Following the desktop keeps the desktop's own colours when they are of the scheme it prefers.
    const QPalette palette = m_appearance == Appearance::System && dark == m_platformDark ? m_platformPalette
                             : dark                                                       ? theme::darkPalette()
                                                                                          : theme::lightPalette();
    QApplication::setPalette(palette);
    // Rich text takes the link colour from the application's palette when it is read: read it again.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->textFormat() == Qt::RichText && !label->text().isEmpty()) {
            const QString text = label->text();
            label->clear();
            label->setText(text);
        }
    }
    if (dark != m_dark) {
        m_dark = dark;
        emit schemeChanged(dark);
    }
}

} // namespace guild::ui
