#pragma once

#include "common/themecontroller.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace guild::app {
class DownloadService;
class ProfileService;
} // namespace guild::app

namespace guild::ui {

/// Preferences: interface language, light or dark, an extra trusted certificate for a self-hosted server, the space
/// downloads take; and, when signed in, one's own account (name, password, devices).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `downloads` (optional) adds the storage that downloaded courses use, and a way to free it.
    /// `profile` (optional, when signed in) adds the Account tab with `displayName` to start from.
    SettingsDialog(const QString &language, const QString &caFile, app::DownloadService *downloads = nullptr,
                   app::ProfileService *profile = nullptr, const QString &displayName = {}, QWidget *parent = nullptr);

    /// "" for the system language, else a code from Translations::available().
    QString language() const;
    QString caFile() const;
    ThemeController::Appearance appearance() const;
    void setAppearance(ThemeController::Appearance appearance);

private:
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLineEdit *m_caFile;
};

} // namespace guild::ui
